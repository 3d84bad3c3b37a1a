using System.Text.Json;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class ChoiceCardTests
{
    private static readonly IList<Choice> Choices = [new("Contained"), new("Cascading")];

    [Fact]
    public void Create_WithNote_ShowsQuestionThenNoteThenOneButtonPerChoice()
    {
        var card = ChoiceCard.Create("Is it contained?", Choices, "I did not take that as Contained.").Content!.Value;

        var body = card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Is it contained?", "I did not take that as Contained."], body);
        Assert.True(card.GetProperty("body")[1].GetProperty("isSubtle").GetBoolean());
        Assert.Equal(2, card.GetProperty("actions").GetArrayLength());
        Assert.StartsWith("Is it contained?\nI did not take that as Contained.\n1. Contained", card.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithoutNote_IsTheQuestionAlone()
    {
        var card = ChoiceCard.Create("Is it contained?", Choices, note: null).Content!.Value;

        Assert.Equal(1, card.GetProperty("body").GetArrayLength());
        Assert.Equal(JsonValueKind.String, card.GetProperty("fallbackText").ValueKind);
    }
}
