using LeadershipCoachBot.Coaching.Drafting;

namespace LeadershipCoachBot.Coaching.Tests.Drafting;

public sealed class TypedFactsTests
{
    [Fact]
    public void ChatStyleAnswer_SplitsIntoDoingAndUnknown()
    {
        var split = TypedFacts.Split("rolled back at 10:05, checkout coming back. sam is watching error rates. not sure if anyone got double charged");

        Assert.Null(split.Known);
        Assert.Equal("rolled back at 10:05, checkout coming back; sam is watching error rates", split.Doing);
        Assert.Equal("whether anyone got double charged", split.Uncertain);
    }

    [Fact]
    public void FactsWithNoCue_StayKnown_AndDecimalCommasDoNotSplit()
    {
        var split = TypedFacts.Split("the pool ran dry at 3,000 requests a second. We're moving traffic to the old cluster");

        Assert.Equal("the pool ran dry at 3,000 requests a second", split.Known);
        Assert.Equal("We're moving traffic to the old cluster", split.Doing);
        Assert.Null(split.Uncertain);
    }

    [Fact]
    public void FailingIsAFact_NotAnAction()
    {
        var split = TypedFacts.Split("checkout is failing for EU users; we're seeing timeouts");

        Assert.Equal("checkout is failing for EU users; we're seeing timeouts", split.Known);
        Assert.Null(split.Doing);
    }

    [Fact]
    public void AListOfOpenQuestions_StaysTogether()
    {
        var split = TypedFacts.Split("the cache is cold. unclear whether orders, invoices or refunds were hit. Dana will post at noon");

        Assert.Equal("the cache is cold", split.Known);
        Assert.Equal("Dana will post at noon", split.Doing);
        Assert.Equal("whether orders, invoices or refunds were hit", split.Uncertain);
    }

    [Theory]
    [InlineData("don't know if the backups ran", "whether the backups ran")]
    [InlineData("did the retries double any orders?", "did the retries double any orders?")]
    [InlineData("what caused it is unclear", "what caused it is unclear")]
    public void UncertaintyCues_GoToStillUnknown(string typed, string expected) =>
        Assert.Equal(expected, TypedFacts.Split(typed).Uncertain);
}
