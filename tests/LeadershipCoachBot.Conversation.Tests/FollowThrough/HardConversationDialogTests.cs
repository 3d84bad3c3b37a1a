using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.HardConversationDialog;
using static LeadershipCoachBot.Conversation.Tests.FollowThrough.FollowThroughClient;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class HardConversationDialogTests
{
    [Theory]
    [InlineData("A change that cracked the team", HardConversationKind.CultureMisfire)]
    [InlineData("breach", HardConversationKind.ExploitedSecurityFix)]
    [InlineData("3", HardConversationKind.NoComingBack)]
    public async Task HardConversation_TypedAnswers_GiveThePlanTheDraftAndAReadyToneCheck(string said, HardConversationKind kind)
    {
        var client = NewClient();
        Assert.Contains(KindQuestion, Says(await client.SendActivityAsync("hard conversation")), StringComparison.Ordinal);
        Assert.Contains(WhatHappenedQuestion, Says(await client.SendActivityAsync(said)), StringComparison.Ordinal);
        Assert.Contains(CommitmentQuestion, Says(await client.SendActivityAsync("300 customers could not log in for 2 days.")), StringComparison.Ordinal);

        var card = Says(await client.SendActivityAsync("I will review the security backlog with the team every Monday"));
        var draft = client.GetNextReply()?.Text;

        var plan = Assert.IsType<HardConversationPlan>(client.DialogTurnResult?.Result);
        Assert.Equal(kind, plan.Kind);
        Assert.Contains("300 customers could not log in for 2 days.", plan.Draft, StringComparison.Ordinal);
        Assert.Contains("**Own it.**", card, StringComparison.Ordinal);
        Assert.Contains("Tone check: ready", card, StringComparison.Ordinal);
        Assert.Equal($"{DraftIntro}\n\n{plan.Draft}", draft);
        Assert.Equal(ToneVerdict.Ready, ToneReviewer.Review(plan.Draft, plan.DraftKind).Verdict);
    }

    [Fact]
    public async Task HardConversation_SkipEverything_DraftsWithBracketsToFill()
    {
        var client = NewClient();
        await client.SendActivityAsync("hard conversation");
        await client.SendActivityAsync("security");
        await client.SendCardSubmitAsync(new Dictionary<string, string> { [WhatHappenedInputId] = SkippableQuestionCard.SkipWord });

        var card = Says(await client.SendCardSubmitAsync(new Dictionary<string, string> { [CommitmentInputId] = SkippableQuestionCard.SkipWord }));

        var plan = Assert.IsType<HardConversationPlan>(client.DialogTurnResult?.Result);
        Assert.Contains("[what was exposed and for how long", plan.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Tone check: ready", card, StringComparison.Ordinal);
        Assert.Contains("fill in the parts in [brackets]", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HardConversation_WordsThatShiftBlame_AreFlaggedOnTheCard()
    {
        var client = NewClient(new HardConversationOptions(HardConversationKind.CultureMisfire));
        await client.SendActivityAsync("a hard conversation");

        await client.SendActivityAsync("The QA team should have caught it and now the team is split.");
        var card = Says(await client.SendActivityAsync("skip"));

        Assert.Contains("Tone check: your words need a look", card, StringComparison.Ordinal);
        Assert.Contains(ToneReviewLabels.Category(ToneCategory.BlameShifting), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HardConversation_CardChoice_InvalidAnswer_Help_AndCancel()
    {
        var client = NewClient();
        await client.SendActivityAsync("hard conversation");

        var retry = Says(await client.SendActivityAsync("the weather"));
        await client.SendCardSubmitAsync(new { choice = "There is no coming back" });
        var tooLong = Says(await client.SendActivityAsync(new string('x', HardConversationPlanner.MaxLineLength + 1)));
        var help = await client.SendActivityAsync("help");
        var again = Says(client.GetNextReply());
        var cancelled = await client.SendActivityAsync("stop");

        Assert.Contains(OneOnOnePrepDialog.ChoiceRetry, retry, StringComparison.Ordinal);
        Assert.Contains("300 characters", tooLong, StringComparison.Ordinal);
        Assert.Contains("hard conversation", help?.Text, StringComparison.Ordinal);
        Assert.Contains(WhatHappenedQuestion, again, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(cancelled!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    private static DialogTestClient NewClient(HardConversationOptions? options = null) =>
        Create((_, _) => new HardConversationDialog(), options);
}
