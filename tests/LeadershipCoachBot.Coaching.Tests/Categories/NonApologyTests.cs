using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class NonApologyTests
{
    [Theory]
    [InlineData("I'm sorry if the reorg announcement felt abrupt.")]
    [InlineData("I'm sorry you see it that way.")]
    [InlineData("Mistakes were made during the cutover.")]
    [InlineData("We apologise for any inconvenience caused.")]
    [InlineData("Sorry, but we had no choice given the budget.")]
    [InlineData("I regret that things ended up this way.")]
    [InlineData("I'm sorry the new rota has caused so much frustration.")]
    [InlineData("I\u2019m sorry my message was taken the wrong way.")]
    [InlineData("I'm sorry the contractor let you down.")]
    public void Review_DeflectingApology_IsFlagged(string sentence) =>
        Assert.Contains(ToneCategory.NonApology, Review.Categories(sentence, DraftKind.Apology));

    [Theory]
    [InlineData("I'm sorry. Moving the cutover to Friday was my decision, and it cost you your weekend.")]
    [InlineData("I apologise for cancelling your launch without asking you first.")]
    [InlineData("I'm sorry for the 3am pages, and thank you for answering them.")]
    [InlineData("I'm sorry: you lost a weekend because of my call.")]
    [InlineData("I owe the data team an apology for the rushed migration.")]
    public void Review_PlainApologyForOwnAct_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.NonApology, Review.Categories(sentence, DraftKind.Apology));
}
