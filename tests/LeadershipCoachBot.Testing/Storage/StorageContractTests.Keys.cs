using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;
using Xunit;

namespace LeadershipCoachBot.Testing.Storage;

/// <summary>Keys and sizes: every key form a channel sends, characters table keys forbid, long keys and large values.</summary>
public abstract partial class StorageContractTests
{
    public static TheoryData<string> AwkwardKeys() => new()
    {
        "msteams/conversations/a:1qmsTmNWEcOGx0ltpUgygDRkvlUd6W2bmzO6mVg0QaRo5lBWpEX9ShkKn1hXtXAC1BDSuIrqeS3Mo4l6EQWGd6qTf-Osb7tdX4WNQRYSyRAlj0O5pe7cYsbzvjw",
        "msteams/users/29:1R1aZBqgeXFfcXyFjTYvwuKpT3D9ZqXvP8u2p4vX3zVO8BpLeVeLHsYPB0JEh-d-TYnhAFUQOD7uWwyQkrgFELw",
        "msteams/conversations/19:0e7ae3c9fbdc4f9e9e6c8c1a1b2c3d4e@thread.tacv2;messageid=1712345678901",
        "msteams/conversations/19:meeting_NjA5ZDk3ZTgtZjBlOS00@thread.v2",
        "emulator/users/user with spaces/and slashes",
        "back\\slash",
        "hash#tag",
        "question?mark",
        "/leading/and/trailing/",
        "tab\there",
        "newline\nhere",
        "nul\0here",
        "delete\u007Fhere",
        "c1\u0085and\u009Fhere",
        "%",
        "%25",
        "%2F",
        "%%2F%",
        "'quote' \"double\" & <angle> + plus = equals",
        "émoji 🙂 and CJK 指導",
    };

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Write_AwkwardKey_RoundTrips(string suffix)
    {
        var key = $"{NewKey("awkward")}/{suffix}";
        await WriteAsync(key, Sample(suffix));

        var read = await Storage.ReadAsync([key]);

        Assert.Equal([key], read.Keys);
        Assert.Equal(suffix, read[key]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_KeysDifferingOnlyInEscapedCharacters_DoNotCollide()
    {
        var stem = NewKey("collide");
        string[] suffixes = ["a/b", "a%2Fb", "a%252Fb", "a\\b", "a%5Cb", "a#b", "a?b", "a\u0001b", "a%01b", "a%b", "a%%b", "a_b", "a|s|b", "a*2fb"];
        var keys = suffixes.Select(s => $"{stem}/{s}").ToList();
        var changes = keys.ToDictionary(k => k, k => Sample(k));

        await Storage.WriteAsync(changes);
        var read = await Storage.ReadAsync(keys);

        Assert.Equal(keys.Count, read.Count);
        foreach (var key in keys)
        {
            Assert.Equal(key, read[key]["text"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Write_TwoKilobyteKey_RoundTrips()
    {
        var key = NewKey("long") + "/" + new string('x', 2048);

        await WriteAsync(key, Sample("long key"));

        Assert.Equal("long key", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_LongKeysSharingAPrefix_DoNotCollide()
    {
        var stem = NewKey("longpair") + "/" + new string('y', 2000);
        var first = stem + "/first";
        var second = stem + "/second";

        await Storage.WriteAsync(new Dictionary<string, JsonObject> { [first] = Sample("first"), [second] = Sample("second") });
        var read = await Storage.ReadAsync([first, second, stem]);

        Assert.Equal(2, read.Count);
        Assert.Equal("first", read[first]["text"]!.GetValue<string>());
        Assert.Equal("second", read[second]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_ThreeHundredKilobyteValue_RoundTrips()
    {
        var key = NewKey("large");
        var value = LargeValue(300 * 1024);

        await WriteAsync(key, value);

        var read = await ReadOneAsync(key);
        Assert.True(JsonNode.DeepEquals(WithoutETag(value), WithoutETag(read!)));
    }

    [Fact]
    public async Task Write_ValueOverTheStorageLimit_FailsNamingKeyAndSizeAndWritesNothing()
    {
        var key = NewKey("toolarge");
        await WriteAsync(key, Sample("before"));
        var value = LargeValue((1024 + 64) * 1024);
        var bytes = Encoding.UTF8.GetByteCount(StoreItemETag.ToStoredJson(value));

        if (!LimitsValueSize)
        {
            await WriteAsync(key, value);
            Assert.True(JsonNode.DeepEquals(WithoutETag(value), WithoutETag((await ReadOneAsync(key))!)));
            return;
        }

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => WriteAsync(key, value));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(bytes.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Equal("before", (await ReadOneAsync(key))!["text"]!.GetValue<string>());
        var newKey = NewKey("toolargenew");
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => WriteAsync(newKey, value));
        Assert.Null(await ReadOneAsync(newKey));
    }

    /// <summary>A value of about <paramref name="bytes"/> bytes of JSON, with multi-byte text so that UTF-8 and UTF-16 sizes differ.</summary>
    protected static JsonObject LargeValue(int bytes)
    {
        var items = new JsonArray();
        var total = 0;
        for (var i = 0; total < bytes; i++)
        {
            var line = $"line {i}: the migration rollback plan, step {i} — ünïcödé ✓ " + new string((char)('a' + (i % 26)), 40);
            items.Add(line);
            total += Encoding.UTF8.GetByteCount(line) + 3;
        }

        return new JsonObject { ["text"] = "large", ["lines"] = items };
    }
}
