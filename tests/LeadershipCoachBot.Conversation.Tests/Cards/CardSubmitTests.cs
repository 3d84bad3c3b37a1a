using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

public sealed class CardSubmitTests
{
    [Theory]
    [InlineData("""{"action":"help"}""", null, "help")]
    [InlineData("""{"action":"help","draft":"typed input"}""", null, "help")]
    [InlineData("""{"action":"help"}""", "typed text wins", null)]
    [InlineData("""{"draft":"no action"}""", null, null)]
    [InlineData("""{"action":42}""", null, null)]
    [InlineData("\"help\"", null, null)]
    public void GetString_ActionField_OnlyForSubmitsWithAStringActionAndNoText(string value, string? text, string? expected)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Value = JsonDocument.Parse(value).RootElement };

        Assert.Equal(expected, CardSubmit.GetString(activity, CardActions.Field));
    }
}
