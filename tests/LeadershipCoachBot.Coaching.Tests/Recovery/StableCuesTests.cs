using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Recovery;

namespace LeadershipCoachBot.Coaching.Tests.Recovery;

public sealed class StableCuesTests
{
    [Theory]
    [InlineData("we're stable now, help me plan the all-hands", true)]
    [InlineData("incident resolved, time for the retro", true)]
    [InlineData("all clear since noon", true)]
    [InlineData("we are not stable yet", false)]
    [InlineData("it isn't resolved", false)]
    [InlineData("once we're stable I need an all-hands", false)]
    [InlineData("plan the all-hands", false)]
    [InlineData(null, false)]
    public void SaysStable(string? text, bool expected) => Assert.Equal(expected, StableCues.SaysStable(text));

    [Fact]
    public void AllHands_Stable_SaysSoInsteadOfNotOver()
    {
        var report = new IncidentReport("Checkout fails.", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Cascading);

        var open = RecoveryKitBuilder.Build(report).AllHands[0].Points;
        var stable = RecoveryKitBuilder.Build(report, stable: true).AllHands[0].Points;

        Assert.Contains(open, p => p.StartsWith("Say it is not fully over yet", StringComparison.Ordinal));
        Assert.DoesNotContain(stable, p => p.Contains("not fully over", StringComparison.Ordinal));
        Assert.Contains(stable, p => p.StartsWith("Say that service is stable now", StringComparison.Ordinal));
    }
}
