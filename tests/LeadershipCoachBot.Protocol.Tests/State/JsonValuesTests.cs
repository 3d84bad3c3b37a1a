using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class JsonValuesTests
{
    [Fact]
    public void ToInt32_LongFromStorage_ReturnsInt()
    {
        Assert.Equal(7, JsonValues.ToInt32(7L));
    }

    [Fact]
    public void ToInt32_JsonElementNumber_ReturnsInt()
    {
        Assert.Equal(42, JsonValues.ToInt32(JsonDocument.Parse("42").RootElement));
    }

    [Fact]
    public void ToInt32_JsonNodeNumber_ReturnsInt()
    {
        Assert.Equal(5, JsonValues.ToInt32(JsonNode.Parse("5")));
    }

    [Fact]
    public void ToInt32_LongOutOfRange_Throws()
    {
        Assert.Throws<OverflowException>(() => JsonValues.ToInt32(5_000_000_000L));
    }

    [Fact]
    public void ToInt32_Text_ThrowsSayingWhatWasFound()
    {
        var error = Assert.Throws<InvalidCastException>(() => JsonValues.ToInt32(JsonDocument.Parse("\"3\"").RootElement));

        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void To_LongToInt_Converts()
    {
        Assert.Equal(3, JsonValues.To<int>(3L));
    }

    [Fact]
    public void To_JsonElementToRecord_Deserialises()
    {
        var element = JsonDocument.Parse("""{"topic":"outage","step":2}""").RootElement;

        var notes = JsonValues.To<CoachingNotes>(element);

        Assert.Equal("outage", notes!.Topic);
        Assert.Equal(2, notes.Step);
    }

    [Fact]
    public void To_Null_ReturnsDefault()
    {
        Assert.Null(JsonValues.To<string>(null));
        Assert.Equal(0, JsonValues.To<int>(null));
    }
}
