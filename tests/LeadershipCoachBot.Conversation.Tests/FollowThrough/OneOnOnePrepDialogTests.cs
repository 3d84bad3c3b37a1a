using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.OneOnOnePrepDialog;
using static LeadershipCoachBot.Conversation.Tests.FollowThrough.FollowThroughClient;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class OneOnOnePrepDialogTests
{
    [Theory]
    [InlineData("Ran the change", PersonRole.RanTheChange)]
    [InlineData("ran the migration", PersonRole.RanTheChange)]
    [InlineData("warned me", PersonRole.WarnedAgainstIt)]
    [InlineData("4", PersonRole.WorriedAboutTheirJob)]
    [InlineData("the glue", PersonRole.InformalLeader)]
    public async Task Prep_TypedAnswers_GiveThePlanCardAndTheNotes(string roleSaid, PersonRole role)
    {
        var client = NewClient();
        Assert.Contains(RoleQuestion, Says(await client.SendActivityAsync("1:1 prep")), StringComparison.Ordinal);
        Assert.Contains(WhatHappenedQuestion, Says(await client.SendActivityAsync(roleSaid)), StringComparison.Ordinal);
        Assert.Contains(FeelingsQuestion, Says(await client.SendActivityAsync("The cache switch on Friday took search down.")), StringComparison.Ordinal);

        var card = Says(await client.SendActivityAsync("Very quiet since, keeps apologising."));
        var notes = client.GetNextReply()?.Text;

        var plan = Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result);
        Assert.Equal(role, plan.Role);
        Assert.Contains(plan.Opener, card, StringComparison.Ordinal);
        Assert.Contains("The cache switch on Friday took search down.", card, StringComparison.Ordinal);
        Assert.Contains(OneOnOnePrepCard.HowDidItGoTitle, card, StringComparison.Ordinal);
        Assert.StartsWith(NotesIntro, notes, StringComparison.Ordinal);
        Assert.Contains("## 1:1 with " + plan.Who, notes, StringComparison.Ordinal);
        Assert.Contains("Very quiet since, keeps apologising.", notes, StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Prep_RoleQuestion_IsOneRadioListOfSixAndANextButton()
    {
        var client = NewClient();

        var card = (await client.SendActivityAsync("1:1 prep"))!.Attachments![0].Content!.Value;

        var list = card.GetProperty("body")[0];
        Assert.Equal("Input.ChoiceSet", list.GetProperty("type").GetString());
        Assert.Equal("choice", list.GetProperty("id").GetString());
        Assert.Equal(6, list.GetProperty("choices").GetArrayLength());
        Assert.Equal(1, card.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task Prep_SkipEverything_GivesThePlanWithoutNotes()
    {
        var client = NewClient();
        await client.SendActivityAsync("1:1 prep");
        await client.SendActivityAsync("Is worried about their job");
        await client.SendActivityAsync("skip");

        var card = Says(await client.SendActivityAsync("Skip"));

        var plan = Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result);
        Assert.Empty(plan.Context);
        Assert.Contains("Answer the worry first", card, StringComparison.Ordinal);
        Assert.DoesNotContain("as you put it", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prep_CardAnswers_WorkLikeTypedOnes()
    {
        var client = NewClient();
        await client.SendActivityAsync("1:1 prep");
        var happened = await client.SendCardSubmitAsync(new { choice = "Warned against it" });
        await client.SendCardSubmitAsync(new Dictionary<string, string> { [WhatHappenedInputId] = "Flagged the migration risk in review." });

        var card = Says(await client.SendCardSubmitAsync(new Dictionary<string, string> { [FeelingsInputId] = SkippableQuestionCard.SkipWord }));

        Assert.Contains(WhatHappenedInputId, happened!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        var plan = Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result);
        Assert.Equal(PersonRole.WarnedAgainstIt, plan.Role);
        Assert.Equal(["What happened, as you put it: Flagged the migration risk in review."], plan.Context);
        Assert.Contains("you were right", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prep_OptionalQuestions_AreNotRequired_AndNextWithAnEmptyBoxSkips()
    {
        var client = NewClient();
        await client.SendActivityAsync("1:1 prep");
        var happened = await client.SendCardSubmitAsync(new { choice = "Ran the change" });
        var feelings = await client.SendCardSubmitAsync(new Dictionary<string, string> { [WhatHappenedInputId] = "  " });

        var card = Says(await client.SendCardSubmitAsync(new Dictionary<string, string>()));

        Assert.DoesNotContain("isRequired", happened!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(FeelingsQuestion, Says(feelings), StringComparison.Ordinal);
        Assert.DoesNotContain("isRequired", feelings!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        var plan = Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result);
        Assert.Empty(plan.Context);
        Assert.Contains(plan.Opener, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prep_RoleInOptions_SkipsTheRoleQuestion()
    {
        var client = NewClient(new OneOnOnePrepOptions(PersonRole.WasAffected));

        var first = Says(await client.SendActivityAsync("prepare a 1:1 with support"));
        var question = Says(client.GetNextReply());
        await client.SendActivityAsync("skip");
        await client.SendActivityAsync("skip");

        Assert.Equal(RoleFromRequest(PersonRole.WasAffected), first);
        Assert.Contains(WhatHappenedQuestion, question, StringComparison.Ordinal);
        Assert.Equal(PersonRole.WasAffected, Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result).Role);
    }

    [Fact]
    public async Task Prep_UnknownRoleAndOverlongNote_AreAskedAgain()
    {
        var client = NewClient();
        await client.SendActivityAsync("1:1 prep");

        var roleRetry = Says(await client.SendActivityAsync("purple elephants"));
        await client.SendActivityAsync("ran it");
        var noteRetry = Says(await client.SendActivityAsync(new string('x', OneOnOnePrep.MaxNoteLength + 1)));

        Assert.Contains(CoachingDialog.ChoiceRetry, roleRetry, StringComparison.Ordinal);
        Assert.Contains("500 characters", noteRetry, StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        await client.SendActivityAsync("skip");
        await client.SendActivityAsync("skip");
        Assert.Equal(PersonRole.RanTheChange, Assert.IsType<OneOnOnePlan>(client.DialogTurnResult?.Result).Role);
    }

    [Fact]
    public async Task Prep_HelpMidway_ExplainsAndAsksAgain_CancelStops()
    {
        var client = NewClient();
        await client.SendActivityAsync("1:1 prep");
        await client.SendActivityAsync("made the call");

        var help = await client.SendActivityAsync("help");
        var again = Says(client.GetNextReply());
        var cancelled = await client.SendActivityAsync("cancel");

        Assert.Contains("preparing a 1:1", help?.Text, StringComparison.Ordinal);
        Assert.Contains(WhatHappenedQuestion, again, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(cancelled!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Prep_Done_RemembersTheRoleForTheDebrief()
    {
        var storage = new MemoryStorage();
        var prep = Create((time, memory) => new OneOnOnePrepDialog(time, memory), state: new ConversationState(storage));
        foreach (var said in new[] { "1:1 prep", "warned", "skip", "skip" })
        {
            await prep.SendActivityAsync(said);
        }

        var debrief = Create((time, memory) => new OneOnOneDebriefDialog(time, memory), state: new ConversationState(storage));
        Assert.Contains(OneOnOneDebriefDialog.LandingQuestion, Says(await debrief.SendActivityAsync("how did it go")), StringComparison.Ordinal);
        await debrief.SendActivityAsync("hard");
        var card = Says(await debrief.SendActivityAsync("They said they felt unheard for months."));

        Assert.Contains("Fri 4 Dec", card, StringComparison.Ordinal);
        Assert.Contains("how warnings are heard", card, StringComparison.Ordinal);
        Assert.Contains("They said they felt unheard for months.", card, StringComparison.Ordinal);
        Assert.Contains("kept this with the 1:1", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debrief_WithoutAPrep_SkippedLine_GivesAGeneralFollowUp()
    {
        var client = Create((time, memory) => new OneOnOneDebriefDialog(time, memory));
        await client.SendActivityAsync("how did it go");
        await client.SendCardSubmitAsync(new { choice = "Well" });

        var card = Says(await client.SendCardSubmitAsync(new Dictionary<string, string> { [OneOnOneDebriefDialog.LineInputId] = "skip" }));

        Assert.Contains("no 1:1 prepared in this chat", card, StringComparison.Ordinal);
        Assert.Contains("Thu 10 Dec", card, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 10), Assert.IsType<FollowUp>(client.DialogTurnResult?.Result).On);
    }

    [Fact]
    public async Task Debrief_UnknownLanding_IsAskedAgain_ThenHelpAndCancel()
    {
        var client = Create((time, memory) => new OneOnOneDebriefDialog(time, memory));
        await client.SendActivityAsync("how did it go");

        var retry = Says(await client.SendActivityAsync("purple"));
        var help = await client.SendActivityAsync("help");
        var again = Says(client.GetNextReply());
        var cancelled = await client.SendActivityAsync("cancel");

        Assert.Contains(CoachingDialog.ChoiceRetry, retry, StringComparison.Ordinal);
        Assert.Contains("noting how your 1:1 went", help?.Text, StringComparison.Ordinal);
        Assert.Contains(OneOnOneDebriefDialog.LandingQuestion, again, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(cancelled!), StringComparison.Ordinal);
    }

    private static DialogTestClient NewClient(OneOnOnePrepOptions? options = null) =>
        Create((time, memory) => new OneOnOnePrepDialog(time, memory), options);
}
