using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Recovery;

namespace LeadershipCoachBot.Coaching.Tests.Recovery;

public class RecoveryKitTests
{
    public static TheoryData<IncidentReport?> Incidents => new()
    {
        null,
        new IncidentReport("Checkout fails for EU customers.", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained),
        new IncidentReport(null, CustomerImpact.MostOrAll, Exposure.Yes, Exposure.Yes, Spread.Cascading),
        new IncidentReport("Search is slow.", CustomerImpact.None, Exposure.NotSure, Exposure.NotSure, Spread.NotSure),
    };

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Retro_NeverAsksWho_AndNamesTheQuestionNeverToAsk(IncidentReport? incident)
    {
        var retro = RecoveryKitBuilder.Build(incident).Retro;

        Assert.Equal(5, retro.Questions.Count);
        Assert.All(retro.Questions, q => Assert.DoesNotMatch(new Regex(@"\bwho(m|se)?\b", RegexOptions.IgnoreCase), q));
        Assert.DoesNotMatch(new Regex(@"\bwho\b", RegexOptions.IgnoreCase), string.Join(" ", retro.Questions));
        Assert.Equal("Who caused this?", retro.NeverAsk);
        Assert.Contains("What surprised us?", retro.Questions);
        Assert.Contains("Which assumptions failed us?", retro.Questions);
        Assert.Contains(retro.Questions, q => q.Contains("culture, process, ego or data", StringComparison.Ordinal));
        Assert.Contains("other than you to facilitate", retro.FacilitationNote, StringComparison.Ordinal);
        Assert.Contains(retro.Invitees, i => i.Who == "Support or customer success");
        Assert.Contains(retro.Invitees, i => i.Who == "Someone from outside the team");
    }

    [Fact]
    public void Kit_DataOrSecurityInPlay_AddsTheirSafeguardsAndSecurityToTheRetro()
    {
        var quiet = RecoveryKitBuilder.Build(new IncidentReport(null, CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained));
        var exposed = RecoveryKitBuilder.Build(new IncidentReport(null, CustomerImpact.Some, Exposure.Yes, Exposure.NotSure, Spread.Contained));

        Assert.Equal([Safeguards.Rollback, Safeguards.Failover, Safeguards.SupportEscalation, Safeguards.ChangeFreeze, Safeguards.Alerting], quiet.Safeguards.Select(s => s.Id));
        Assert.Contains(exposed.Safeguards, s => s.Id == Safeguards.DataCheck);
        Assert.Contains(exposed.Safeguards, s => s.Id == Safeguards.AccessReview);
        Assert.DoesNotContain(quiet.Retro.Invitees, i => i.Who == "Security");
        Assert.Contains(exposed.Retro.Invitees, i => i.Who == "Security");
        Assert.All(exposed.Safeguards, s => Assert.Contains(s.Id, Safeguards.Ids));
    }

    [Fact]
    public void AllHands_KnownIncident_TellsItsStoryAndItsOpenQuestions()
    {
        var kit = RecoveryKitBuilder.Build(new IncidentReport("Checkout fails for EU customers.", CustomerImpact.Some, Exposure.NotSure, Exposure.No, Spread.Cascading));

        Assert.Equal(["The story", "Responsibility", "The tone", "What happens next", "Where questions go"], kit.AllHands.Select(s => s.Title));
        var story = kit.AllHands[0].Points;
        Assert.Contains("Tell what happened in plain words: Checkout fails for EU customers.", story);
        Assert.Contains(story, p => p.StartsWith("Name the customer impact", StringComparison.Ordinal));
        Assert.Contains(story, p => p.StartsWith("Say what is known about data", StringComparison.Ordinal));
        Assert.Contains(story, p => p.StartsWith("Say it is not fully over yet", StringComparison.Ordinal));
        Assert.Equal("Checkout fails for EU customers.", kit.Incident);
    }

    [Fact]
    public void AllHands_NothingKnown_LeavesBlanksToFill()
    {
        var kit = RecoveryKitBuilder.Build(null, "  ");

        Assert.Null(kit.Incident);
        Assert.Equal(2, kit.AllHands[0].Points.Count);
        Assert.Contains("[what broke]", kit.AllHands[0].Points[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AllHands_TypedLine_IsUsedWhenNothingWasTriaged() =>
        Assert.Contains("The cache flip broke search.", RecoveryKitBuilder.Build(null, "The cache flip broke search.").AllHands[0].Points[0], StringComparison.Ordinal);
}
