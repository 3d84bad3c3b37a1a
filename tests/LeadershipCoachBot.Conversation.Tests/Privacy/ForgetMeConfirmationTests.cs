using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Conversation.Tests.Privacy;

/// <summary><c>forget me</c> asks first, says what a yes deletes, and a no (or anything else) deletes nothing.</summary>
public sealed class ForgetMeConfirmationTests
{
    private const string ConversationKey = "msteams/conversations/a:chat";

    private readonly MemoryStorage _storage = new();
    private readonly CoachBotHarness _harness;

    public ForgetMeConfirmationTests() => _harness = new CoachBotHarness(_storage);

    [Fact]
    public async Task ForgetMe_AsksFirst_NamingEachKindStoredForThem_AndDeletesNothingYet()
    {
        await _harness.SayAsync("lesson: rehearse the rollback before the cut-over");
        await _harness.SayAsync("triage");

        var question = Assert.Single(await _harness.SayAsync("forget me"));

        var said = CardText.Of(question);
        Assert.Contains(ForgetMeCard.Title, said, StringComparison.Ordinal);
        Assert.Contains("this conversation's state (any flow in progress and the answers in it)", said, StringComparison.Ordinal);
        Assert.Contains("the lessons you recorded", said, StringComparison.Ordinal);
        Assert.DoesNotContain("across conversations", said, StringComparison.Ordinal);
        Assert.Equal([ForgetMeCard.YesTitle, ForgetMeCard.NoTitle], CardActionData.Titles(question));
        Assert.Contains("DialogState", (await _storage.ReadAsync([ConversationKey]))[ConversationKey].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_WithOnlyAConversation_ListsOnlyIt()
    {
        await _harness.SayAsync("triage");

        var said = CardText.Of(Assert.Single(await _harness.SayAsync("forget me")));

        Assert.Contains("this conversation's state", said, StringComparison.Ordinal);
        Assert.DoesNotContain("the lessons you recorded", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_NothingStored_SaysSoAtOnce_AndStoresNothing()
    {
        var reply = Assert.Single(await _harness.SayAsync("forget me"));
        var stored = await _storage.ReadAsync([ConversationKey]);
        var next = await _harness.SayAsync("yes");

        Assert.Equal(ForgetMe.Confirmation([]), reply.Text);
        Assert.Empty(stored);
        Assert.DoesNotContain(next, a => a.Text?.StartsWith("Done:", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope, keep it")]
    [InlineData("not now")]
    public async Task ForgetMe_TypedNo_DeletesNothing_AndTheFlowCarriesOn(string no)
    {
        await _harness.SayAsync("lesson: rehearse the rollback before the cut-over");
        await _harness.SayAsync("triage");
        await _harness.SayAsync("forget me");

        var answer = Assert.Single(await _harness.SayAsync(no));
        var next = await _harness.SayAsync("search is failing in one region");

        Assert.Equal(ForgetMe.NothingDeleted, answer.Text);
        Assert.Contains(IncidentTriageDialog.ImpactQuestion, string.Join("\n", next.Select(CardText.Of)), StringComparison.Ordinal);
        Assert.NotEmpty(await _storage.ReadAsync(["msteams/users/29:user/lessons"]));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yep, do it")]
    [InlineData("ok")]
    public async Task ForgetMe_TypedYes_DeletesEverything_AndSaysWhat(string yes)
    {
        await _harness.SayAsync("lesson: rehearse the rollback before the cut-over");
        await _harness.SayAsync("triage");
        await _harness.SayAsync("forget me");

        var answer = Assert.Single(await _harness.SayAsync(yes));

        Assert.StartsWith("Done: I've deleted", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the lessons you recorded", answer.Text, StringComparison.Ordinal);
        Assert.Empty(await _storage.ReadAsync([ConversationKey, "msteams/users/29:user/lessons"]));
    }

    [Fact]
    public async Task ForgetMe_Buttons_YesDeletes_NoKeeps()
    {
        await _harness.SayAsync("triage");
        var first = Assert.Single(await _harness.SayAsync("forget me"));
        var kept = Assert.Single(await _harness.PressAsync(CardActionData.Of(first, ForgetMeCard.NoTitle)));
        Assert.NotEmpty(await _storage.ReadAsync([ConversationKey]));

        var second = Assert.Single(await _harness.SayAsync("forget me"));
        var deleted = Assert.Single(await _harness.PressAsync(CardActionData.Of(second, ForgetMeCard.YesTitle)));

        Assert.Equal(ForgetMe.NothingDeleted, kept.Text);
        Assert.StartsWith("Done: I've deleted this conversation's state", deleted.Text, StringComparison.Ordinal);
        Assert.Empty(await _storage.ReadAsync([ConversationKey]));
    }

    [Fact]
    public async Task ForgetMe_AnsweredWithSomethingElse_DropsTheQuestion_AndALaterYesDeletesNothing()
    {
        await _harness.SayAsync("forget me");

        var other = await _harness.SayAsync("help me write an apology");
        await _harness.SayAsync("cancel");
        var later = await _harness.SayAsync("yes");

        Assert.Contains(DraftMessageDialog.WhatHappenedQuestion, string.Join("\n", other.Select(CardText.Of)), StringComparison.Ordinal);
        Assert.DoesNotContain(later, a => a.Text?.StartsWith("Done:", StringComparison.Ordinal) == true);
        Assert.NotEmpty(await _storage.ReadAsync([ConversationKey]));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("not sure")]
    public async Task ForgetMe_ANumberOrAnUnclearReply_DeletesNothing(string reply)
    {
        await _harness.SayAsync("triage");
        await _harness.SayAsync("forget me");

        var replies = await _harness.SayAsync(reply);
        var later = await _harness.SayAsync("yes");

        Assert.DoesNotContain(replies.Concat(later), a => a.Text?.StartsWith("Done:", StringComparison.Ordinal) == true);
        Assert.Contains("DialogState", (await _storage.ReadAsync([ConversationKey]))[ConversationKey].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_AnotherPersonsYes_DoesNotAnswerIt()
    {
        await _harness.SayAsync("triage");
        await _harness.SayAsync("forget me");
        var someoneElse = _harness.Inbound(LeadershipCoachBot.Protocol.Schema.ActivityTypes.Message);
        someoneElse.From = new LeadershipCoachBot.Protocol.Schema.ChannelAccount("29:other", "Someone Else");
        someoneElse.Text = "yes";

        var replies = await _harness.SendAsync(someoneElse);
        var asker = Assert.Single(await _harness.SayAsync("no"));

        Assert.DoesNotContain(replies, a => a.Text?.StartsWith("Done:", StringComparison.Ordinal) == true);
        Assert.Equal(ForgetMe.NothingDeleted, asker.Text);
    }
}
