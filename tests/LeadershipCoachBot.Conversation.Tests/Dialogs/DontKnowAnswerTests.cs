using LeadershipCoachBot.Conversation.Dialogs;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public sealed class DontKnowAnswerTests
{
    [Theory]
    [InlineData("dunno")]
    [InlineData("dunno tbh")]
    [InlineData("Dunno, tbh.")]
    [InlineData("no idea")]
    [InlineData("No idea yet")]
    [InlineData("idk yet")]
    [InlineData("not sure yet")]
    [InlineData("I'm not sure atm")]
    [InlineData("we don't know yet")]
    [InlineData("honestly no clue rn")]
    [InlineData("unknown")]
    [InlineData("Still unknown")]
    [InlineData("TBD")]
    [InlineData("n/a")]
    [InlineData("nothing yet")]
    [InlineData("none so far")]
    [InlineData("skip")]
    public void Matches_LooseDontKnowAnswers(string answer) => Assert.True(DontKnowAnswer.Matches(answer));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("not sure whether any payment was taken twice")]
    [InlineData("no one outside the team noticed")]
    [InlineData("nothing was lost, the queue replayed")]
    [InlineData("we don't know how long the rebuild takes")]
    [InlineData("yet another failed deploy")]
    public void DoesNotMatch_EmptyOrAnswersWithContent(string? answer) => Assert.False(DontKnowAnswer.Matches(answer));
}
