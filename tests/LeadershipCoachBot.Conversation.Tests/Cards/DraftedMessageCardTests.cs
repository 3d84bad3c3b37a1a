using System.Text;
using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Drafting;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

public sealed class DraftedMessageCardTests
{
    private const int TeamsCardLimit = 28 * 1024;

    [Fact]
    public void Create_LongestAnswers_StaysUnderTheTeamsLimit()
    {
        var longest = new string('x', PlanQuestionCard.MaxAnswerLength - 10) + " ends here";
        var plan = new MessagePlan(DraftKind.ExecUpdate, Audience.Customers, longest, longest, longest, longest, longest, longest, new NextUpdateTime(DateTimeOffset.UnixEpoch, "Europe/Berlin", TimeSpan.FromHours(1)));

        var attachment = DraftedMessageCard.Create(MessageDrafter.Draft(plan));
        AdaptiveCardRecorder.Record(attachment);

        Assert.True(Encoding.UTF8.GetByteCount(attachment.Content!.Value.GetRawText()) < TeamsCardLimit);
    }

    [Fact]
    public void ToneReviewCard_LongestCarriedDraft_StaysUnderTheTeamsLimit()
    {
        var sentence = "The vendor's change broke it and QA should have caught it, this will never happen again. ";
        var draft = string.Concat(Enumerable.Repeat(sentence, (ToneReviewCard.MaxDraftCarried / sentence.Length) + 1))[..ToneReviewCard.MaxDraftCarried];

        var attachment = ToneReviewCard.Create(ToneReviewer.Review(draft), draft);
        AdaptiveCardRecorder.Record(attachment);

        Assert.True(Encoding.UTF8.GetByteCount(attachment.Content!.Value.GetRawText()) < TeamsCardLimit);
    }

    [Theory]
    [InlineData(DraftKind.ExecUpdate, Audience.Executives, false, "Update to executives")]
    [InlineData(DraftKind.ExecUpdate, Audience.Customers, false, "Incident update, written for customers")]
    [InlineData(DraftKind.ExecUpdate, Audience.Team, false, "Message to my team")]
    [InlineData(DraftKind.TeamMessage, Audience.Executives, false, "Update to executives")]
    [InlineData(DraftKind.IncidentUpdate, Audience.Team, false, "Incident update, written for the team")]
    [InlineData(DraftKind.TeamMessage, Audience.Team, true, "Message to my team, short version")]
    [InlineData(DraftKind.Apology, Audience.Team, false, "Apology, written for the team")]
    public void Header_NamesTheKindOnce_AndTheAudienceOnlyWhenItDiffers(DraftKind kind, Audience audience, bool shorter, string header) =>
        Assert.Equal(header, DraftedMessageCard.Header(new MessagePlan(kind, audience) with { Shorter = shorter }));

    [Fact]
    public void Create_ButtonsCarryThePlanItWasDraftedFrom()
    {
        var plan = new MessagePlan(DraftKind.TeamMessage, Audience.Team, WhatHappened: "I cancelled the offsite");

        var attachment = DraftedMessageCard.Create(MessageDrafter.Draft(plan));

        var json = attachment.Content!.Value.GetRawText();
        Assert.Contains("Ready to copy", json, StringComparison.Ordinal);
        Assert.Equal(plan, PlanJson.ReadPlan(PlanJson.Write(plan)));
        Assert.Null(PlanJson.ReadPlan("{\"kind\":99,\"audience\":0}"));
        Assert.Null(PlanJson.ReadPlan("[]"));
    }
}
