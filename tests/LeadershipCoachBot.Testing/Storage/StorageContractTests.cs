using System.Text.Json.Nodes;
using Xunit;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Testing.Storage;

/// <summary>
/// What every <see cref="IStorage"/> must do: copies in and out, eTags as <see cref="IStorage"/>
/// documents them, any key (Teams ids, reserved and control characters, long keys), large values.
/// Derive once per implementation and supply the storage under test.
/// </summary>
public abstract partial class StorageContractTests
{
    private IStorage? _storage;

    /// <summary>The storage under test; created once per test.</summary>
    protected IStorage Storage => _storage ??= CreateStorage();

    /// <summary>Whether the storage refuses values over a size limit of at most 1 MiB of JSON (else it stores any size).</summary>
    protected virtual bool LimitsValueSize => false;

    protected abstract IStorage CreateStorage();

    [Fact]
    public async Task Write_ThenRead_RoundTripsValueAndSetsETag()
    {
        var key = NewKey("roundtrip");
        await WriteAsync(key, Sample("one"));

        var read = await ReadOneAsync(key);

        Assert.NotNull(read);
        Assert.True(JsonNode.DeepEquals(Sample("one"), WithoutETag(read)));
        Assert.NotNull(StoreItemETag.Get(read));
        Assert.NotEqual(StoreItemETag.Any, StoreItemETag.Get(read));
    }

    [Fact]
    public async Task Read_MissingAndPresentKeys_ReturnsOnlyPresent()
    {
        var present = NewKey("present");
        var missing = NewKey("missing");
        await WriteAsync(present, Sample("here"));

        var read = await Storage.ReadAsync([present, missing]);

        Assert.Equal([present], read.Keys);
    }

    [Fact]
    public async Task Read_NoKeys_ReturnsEmpty()
    {
        var read = await Storage.ReadAsync([]);

        Assert.Empty(read);
    }

    [Fact]
    public async Task Write_SeveralKeys_StoresEach()
    {
        var first = NewKey("many");
        var second = NewKey("many");

        await Storage.WriteAsync(new Dictionary<string, JsonObject> { [first] = Sample("a"), [second] = Sample("b") });
        var read = await Storage.ReadAsync([first, second]);

        Assert.True(JsonNode.DeepEquals(Sample("a"), WithoutETag(read[first])));
        Assert.True(JsonNode.DeepEquals(Sample("b"), WithoutETag(read[second])));
    }

    [Fact]
    public async Task Read_ReturnsCopies_MutatingThemDoesNotChangeStore()
    {
        var key = NewKey("copies");
        var written = Sample("kept");
        await WriteAsync(key, written);
        written["text"] = "changed after write";

        var first = await ReadOneAsync(key);
        first!["text"] = "changed after read";
        var second = await ReadOneAsync(key);

        Assert.Equal("kept", second!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_ExistingKey_RemovesIt()
    {
        var key = NewKey("delete");
        await WriteAsync(key, Sample("gone"));

        await Storage.DeleteAsync([key]);

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task Delete_MissingKey_DoesNotThrow()
    {
        var key = NewKey("never");

        await Storage.DeleteAsync([key]);

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task Write_WithETagFromRead_Succeeds()
    {
        var key = NewKey("current");
        await WriteAsync(key, Sample("v1"));
        var read = await ReadOneAsync(key);
        read!["text"] = "v2";

        await WriteAsync(key, read);

        var again = await ReadOneAsync(key);
        Assert.Equal("v2", again!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_SetsNewETagOnWrittenValue_SoItCanBeWrittenAgain()
    {
        var key = NewKey("rewrite");
        await WriteAsync(key, Sample("v1"));
        var value = await ReadOneAsync(key);
        var readETag = StoreItemETag.Get(value!);

        value!["text"] = "v2";
        await WriteAsync(key, value);
        var writtenETag = StoreItemETag.Get(value);
        value["text"] = "v3";
        await WriteAsync(key, value);

        Assert.NotNull(writtenETag);
        Assert.NotEqual(readETag, writtenETag);
        Assert.Equal("v3", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsETagConflictAndKeepsFirstWrite()
    {
        var key = NewKey("stale");
        await WriteAsync(key, Sample("v1"));
        var mine = await ReadOneAsync(key);
        var theirs = await ReadOneAsync(key);
        theirs!["text"] = "theirs";
        await WriteAsync(key, theirs);

        mine!["text"] = "mine";
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, mine));

        Assert.Equal(key, conflict.Key);
        Assert.Equal("theirs", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_RacingWritesWithTheSameETag_ExactlyOneWins()
    {
        var key = NewKey("race");
        await WriteAsync(key, Sample("v0"));
        var read = await ReadOneAsync(key);
        var contenders = Enumerable.Range(1, 8).Select(i =>
        {
            var value = read!.DeepClone().AsObject();
            value["text"] = $"v{i}";
            return value;
        }).ToList();

        var outcomes = await Task.WhenAll(contenders.Select(async value =>
        {
            try
            {
                await Task.Run(() => WriteAsync(key, value));
                return (string?)value["text"]!.GetValue<string>();
            }
            catch (ETagConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_WithSpecificETagToMissingKey_ThrowsETagConflict()
    {
        var key = NewKey("vanished");
        await WriteAsync(key, Sample("v1"));
        var read = await ReadOneAsync(key);
        await Storage.DeleteAsync([key]);

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, read!));

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task Write_MustNotExistToMissingKey_Creates()
    {
        var key = NewKey("firstwrite");
        var value = Sample("first");
        StoreItemETag.Set(value, StoreItemETag.MustNotExist);

        await WriteAsync(key, value);

        Assert.Equal("first", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_MustNotExistToStoredKey_ThrowsETagConflictAndKeepsTheStoredValue()
    {
        var key = NewKey("firstwriterace");
        var winner = Sample("winner");
        StoreItemETag.Set(winner, StoreItemETag.MustNotExist);
        await WriteAsync(key, winner);
        var loser = Sample("loser");
        StoreItemETag.Set(loser, StoreItemETag.MustNotExist);

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, loser));

        Assert.Equal("winner", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_WithStarETag_OverwritesWhateverIsStored()
    {
        var key = NewKey("star");
        await WriteAsync(key, Sample("v1"));
        var value = Sample("forced");
        StoreItemETag.Set(value, StoreItemETag.Any);

        await WriteAsync(key, value);

        Assert.Equal("forced", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_WithoutETag_OverwritesWhateverIsStored()
    {
        var key = NewKey("noetag");
        await WriteAsync(key, Sample("v1"));

        await WriteAsync(key, Sample("v2"));

        Assert.Equal("v2", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_WithStarETagToMissingKey_Creates()
    {
        var key = NewKey("starnew");
        var value = Sample("created");
        StoreItemETag.Set(value, StoreItemETag.Any);

        await WriteAsync(key, value);

        Assert.Equal("created", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    protected static string NewKey(string prefix) => $"test/{prefix}/{Guid.NewGuid():N}";

    protected static JsonObject Sample(string text) => new()
    {
        ["text"] = text,
        ["count"] = 3,
        ["ratio"] = 0.25,
        ["flags"] = new JsonArray(true, false, null),
        ["nested"] = new JsonObject { ["name"] = "Ada", ["ids"] = new JsonArray("29:1a", "19:b@thread.tacv2") },
    };

    protected static JsonObject WithoutETag(JsonObject value)
    {
        var copy = value.DeepClone().AsObject();
        copy.Remove(StoreItemETag.PropertyName);
        return copy;
    }

    protected Task WriteAsync(string key, JsonObject value) =>
        Storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = value });

    protected async Task<JsonObject?> ReadOneAsync(string key)
    {
        var read = await Storage.ReadAsync([key]);
        return read.TryGetValue(key, out var value) ? value : null;
    }
}
