using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

public sealed class InboundActivityTests
{
    private const string Complete = """{"type":"message","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"},"text":"TEXT"}""";

    [Fact]
    public void TryRead_CompleteActivity_IsAccepted()
    {
        Assert.True(InboundActivity.TryRead(Bytes(Complete), out var activity, out var problem));
        Assert.Equal("TEXT", activity.Text);
        Assert.Empty(problem);
    }

    [Theory]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"}}""", "no type")]
    [InlineData("""{"type":"message","conversation":{"id":"a:1"},"from":{"id":"29:u"}}""", "\"channelId\"")]
    [InlineData("""{"type":"message","channelId":" ","conversation":{"id":"a:1"},"from":{"id":"29:u"}}""", "\"channelId\"")]
    [InlineData("""{"type":"message","channelId":"msteams","from":{"id":"29:u"}}""", "\"conversation.id\"")]
    [InlineData("""{"type":"message","channelId":"msteams","conversation":{},"from":{"id":"29:u"}}""", "\"conversation.id\"")]
    [InlineData("""{"type":"message","channelId":"msteams","conversation":{"id":"a:1"}}""", "\"from.id\"")]
    [InlineData("""{"type":"conversationUpdate","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"},"membersAdded":[{"id":"29:a"},null]}""", "\"membersAdded\" list holds null at index 1")]
    [InlineData("""{"type":"conversationUpdate","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"},"membersRemoved":[null]}""", "\"membersRemoved\" list holds null at index 0")]
    [InlineData("""{"type":"message","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"},"entities":[null]}""", "\"entities\" list holds null")]
    [InlineData("""{"type":"message","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:u"},"attachments":[null]}""", "\"attachments\" list holds null")]
    [InlineData("""[1,2]""", "not a JSON activity")]
    [InlineData("""null""", "not a JSON activity")]
    public void TryRead_UnusableActivity_IsRefusedNamingTheField(string json, string reason)
    {
        Assert.False(InboundActivity.TryRead(Bytes(json), out var activity, out var problem));
        Assert.Null(activity);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800", "\ufffd")]
    [InlineData("\\uDFFF tail", "\ufffd tail")]
    [InlineData("\\ud83d\\ude00", "\U0001F600")]
    [InlineData("\\ud83d\\ud83d\\ude00", "\ufffd\U0001F600")]
    [InlineData("\\\\ud800", "\\ud800")]
    [InlineData("end\\ud800", "end\ufffd")]
    public void TryRead_LoneSurrogateEscapes_BecomeReplacementCharacters(string escaped, string expected)
    {
        var json = Complete.Replace("TEXT", escaped, StringComparison.Ordinal);

        Assert.True(InboundActivity.TryRead(Bytes(json), out var activity, out _));
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void TryRead_LoneSurrogateInCardValue_IsReplaced_AndTheValueCanBeWrittenAgain()
    {
        var json = Complete.Replace("\"text\":\"TEXT\"", "\"value\":{\"summary\":\"a\\ud800b\",\"\\udc00key\":[\"\\ud800\"]}", StringComparison.Ordinal);

        Assert.True(InboundActivity.TryRead(Bytes(json), out var activity, out _));
        var value = activity.Value!.Value;
        Assert.Equal("a\ufffdb", value.GetProperty("summary").GetString());
        Assert.Equal("\ufffd", value.GetProperty("\ufffdkey")[0].GetString());
        Assert.Contains("\\uFFFD", JsonSerializer.Serialize(value), StringComparison.Ordinal);
    }

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
