using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

/// <summary>"Review it" on a drafted message reviews it as the kind of message it is for its audience.</summary>
public sealed class DraftReviewKindTests
{
    private readonly CoachBotHarness _harness = new();

    public static TheoryData<DraftKind, Audience, DraftKind> KindsForAudiences() => new()
    {
        { DraftKind.ExecUpdate, Audience.Executives, DraftKind.ExecUpdate },
        { DraftKind.ExecUpdate, Audience.Customers, DraftKind.IncidentUpdate },
        { DraftKind.ExecUpdate, Audience.Team, DraftKind.TeamMessage },
        { DraftKind.IncidentUpdate, Audience.Executives, DraftKind.IncidentUpdate },
        { DraftKind.IncidentUpdate, Audience.Customers, DraftKind.IncidentUpdate },
        { DraftKind.TeamMessage, Audience.Executives, DraftKind.ExecUpdate },
        { DraftKind.TeamMessage, Audience.Customers, DraftKind.IncidentUpdate },
        { DraftKind.Apology, Audience.Customers, DraftKind.Apology },
        { DraftKind.Apology, Audience.Team, DraftKind.Apology },
    };

    [Theory]
    [MemberData(nameof(KindsForAudiences))]
    public async Task ReviewIt_OnADraftForAnAudience_ReviewsItAsThatAudiencesKind(DraftKind asked, Audience audience, DraftKind reviewedAs)
    {
        var plan = new MessagePlan(asked, audience, WhatHappened: "I approved the queue switch on Tuesday and checkout failed for two hours");
        var card = CardReply(DraftedMessageCard.Create(MessageDrafter.Draft(plan)));

        var reviewed = Assert.Single(await _harness.PressAsync(CardActionData.Of(card, "Review it")));

        Assert.Equal(reviewedAs, plan.MessageKind);
        Assert.Contains($"Reviewed as: {ToneReviewLabels.Kind(reviewedAs)}", CardText.Of(reviewed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewIt_AfterSwitchingAnExecUpdateToCustomers_IsNotReviewedAsAnExecUpdate()
    {
        var plan = new MessagePlan(DraftKind.ExecUpdate, Audience.Executives, WhatHappened: "I approved the queue switch on Tuesday and checkout failed for two hours");
        var exec = CardReply(DraftedMessageCard.Create(MessageDrafter.Draft(plan)));

        var customers = Assert.Single(await _harness.PressAsync(CardActionData.Of(exec, "Redraft for this audience", new() { [CardActions.AudienceField] = nameof(Audience.Customers) })));
        var reviewed = Assert.Single(await _harness.PressAsync(CardActionData.Of(customers, "Review it")));

        var said = CardText.Of(reviewed);
        Assert.Contains("Incident update, written for customers", CardText.Of(customers), StringComparison.Ordinal);
        Assert.Contains("Reviewed as: Incident update", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed as: Update to executives", said, StringComparison.Ordinal);
    }

    private static Activity CardReply(Attachment card)
    {
        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [card];
        return reply;
    }
}
