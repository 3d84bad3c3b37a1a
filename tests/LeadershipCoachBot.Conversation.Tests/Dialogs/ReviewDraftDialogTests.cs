using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.ReviewDraftDialog;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public class ReviewDraftDialogTests
{
    public const string CleanTeamMessage =
        "Team, I want to be plain about Saturday. Shipping the billing migration before the long weekend was my decision, " +
        "and about 1,200 customers were charged twice for two hours because of it. That is on me. " +
        "What I learned: I set the date without rehearsing the rollback. " +
        "Next steps: on Tuesday at 10 I will walk you through the rollback plan, and we will rehearse it together before the next migration.";

    public const string BlameSentence = "The QA team should have caught the missing index.";

    [Theory]
    [InlineData("Update to executives", DraftKind.ExecUpdate)]
    [InlineData("execs", DraftKind.ExecUpdate)]
    [InlineData("incident", DraftKind.IncidentUpdate)]
    [InlineData("sorry", DraftKind.Apology)]
    [InlineData("my team", DraftKind.TeamMessage)]
    [InlineData("4", DraftKind.TeamMessage)]
    public async Task Review_KindTyped_ReviewsAsThatKind(string said, DraftKind kind)
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync(said);

        await client.SendActivityAsync(CleanTeamMessage);

        var review = Assert.IsType<ToneReview>(client.DialogTurnResult?.Result);
        Assert.Equal(kind, review.Kind);
        Assert.False(review.KindWasGuessed);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_KindButtonAndCardSubmit_ReviewTheSubmittedDraft()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        var draftCard = await client.SendCardSubmitAsync(new { choice = "Message to my team" });

        var result = await client.SendCardSubmitAsync(new Dictionary<string, string> { [DraftInputId] = CleanTeamMessage });

        var input = FindDraftInput(draftCard!);
        Assert.True(input.GetProperty("isMultiline").GetBoolean());
        Assert.True(input.GetProperty("isRequired").GetBoolean());
        Assert.Equal(20000, input.GetProperty("maxLength").GetInt32());
        Assert.Contains("Ready to send", Says(result!), StringComparison.Ordinal);
        Assert.Contains("Message to my team", Says(result!), StringComparison.Ordinal);
        Assert.Equal(ToneVerdict.Ready, Assert.IsType<ToneReview>(client.DialogTurnResult?.Result).Verdict);
    }

    [Theory]
    [InlineData("Not sure")]
    [InlineData("no idea")]
    public async Task Review_NotSure_LetsTheReviewerGuessAndSaysSo(string said)
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync(said);

        var result = await client.SendActivityAsync(CleanTeamMessage);

        Assert.True(Assert.IsType<ToneReview>(client.DialogTurnResult?.Result).KindWasGuessed);
        Assert.Contains("(guessed)", Says(result!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BlameDraft_ShowsTheFindingWithItsQuoteAndSuggestion()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("exec update");

        var card = await client.SendActivityAsync(BlameSentence);

        var review = Assert.IsType<ToneReview>(client.DialogTurnResult?.Result);
        var blame = Assert.Single(review.Findings, f => f.Category == ToneCategory.BlameShifting);
        var text = Says(card!);
        Assert.Equal(ToneVerdict.Revise, review.Verdict);
        Assert.Contains("Revise before sending", text, StringComparison.Ordinal);
        Assert.Contains("Shifting blame", text, StringComparison.Ordinal);
        Assert.Contains($"\u201C{blame.Quote!.Trim()}\u201D", text, StringComparison.Ordinal);
        Assert.Contains(blame.Suggestion, text, StringComparison.Ordinal);
        Assert.Contains(blame.Why, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Review_EmptyDraft_AsksAgain(string draft)
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var retry = await client.SendActivityAsync(draft);

        Assert.Equal(DraftRetry, retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        await client.SendActivityAsync(CleanTeamMessage);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_DraftLongerThanTheBox_AsksAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var retry = await client.SendActivityAsync(new string('a', 20001));

        Assert.Equal(DraftRetry, retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_ReviewAgainButton_ReviewsTheRevisedDraftAtOnceAsTheSameKind()
    {
        var first = ToneReviewer.Review(BlameSentence + " " + CleanTeamMessage, DraftKind.Apology);
        Assert.True(first.IsRevised);
        var client = NewClient();

        var reply = await client.SendCardSubmitAsync(new ReviewAgainSubmit(first.RevisedDraft, DraftKind.Apology).ToData());

        var again = Assert.IsType<ToneReview>(client.DialogTurnResult?.Result);
        Assert.Equal(DraftKind.Apology, again.Kind);
        Assert.False(again.KindWasGuessed);
        Assert.DoesNotContain(again.Findings, f => f.Category == ToneCategory.BlameShifting);
        Assert.DoesNotContain(KindQuestion, Says(reply!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_SignatureOnly_AsksAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var retry = await client.SendActivityAsync("Best regards,\nDana Reyes");

        Assert.Equal(DraftRetry, retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_EmptyCardSubmit_AsksAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var retry = await client.SendCardSubmitAsync(new Dictionary<string, string> { [DraftInputId] = "" });

        Assert.Equal(DraftRetry, retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Review_UnknownKind_AsksTheSameQuestionAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");

        var retry = await client.SendActivityAsync("purple elephants");

        Assert.Contains(KindQuestion, Says(retry!), StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.ChoiceRetry, Says(retry!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_HelpMidFlow_ExplainsAndAsksForTheDraftAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var helpLine = await client.SendActivityAsync("help");
        var again = client.GetNextReply();

        Assert.Contains("reviewing the tone of a draft", helpLine?.Text, StringComparison.Ordinal);
        Assert.Contains(DraftQuestion, Says(again!), StringComparison.Ordinal);
        await client.SendActivityAsync(CleanTeamMessage);
        Assert.Equal(DraftKind.Apology, Assert.IsType<ToneReview>(client.DialogTurnResult?.Result).Kind);
    }

    [Fact]
    public async Task Review_CancelMidFlow_EndsTheDialog()
    {
        var client = NewClient();
        await client.SendActivityAsync("review");
        await client.SendActivityAsync("apology");

        var reply = await client.SendActivityAsync("cancel");

        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(reply!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    private static DialogTestClient NewClient() => new("msteams", new ReviewDraftDialog());

    private static JsonElement FindDraftInput(Activity reply)
    {
        var card = reply.Attachments![0].Content!.Value;
        return card.GetProperty("body").EnumerateArray()
            .Single(e => e.TryGetProperty("id", out var id) && id.GetString() == DraftInputId);
    }

    private static string Says(Activity reply) => CardText.Of(reply);
}
