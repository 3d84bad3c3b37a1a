using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Conversation.Tests.Dialogs.PostmortemTestDialog;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public class CoachingDialogTests
{
    private const string Team = "payments";

    /// <summary>The answers that move the dialog past each of its three questions.</summary>
    private static readonly string[] Answers = ["The migration broke checkout", "2", "yes"];

    private static readonly string[] Questions = [WhatQuestion(Team), ImpactQuestion, ShareQuestion];

    [Fact]
    public async Task CoachingDialog_AnsweredThrough_EndsWithTypedNotes()
    {
        var client = NewClient();

        await AnswerUpToAsync(client, 2);
        var summary = await client.SendActivityAsync("yes");

        Assert.Equal("Noted: The migration broke checkout (Medium), share: True.", summary?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(new PostmortemNotes(Team, "The migration broke checkout", "Medium", true), client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Help_AtEveryStep_SendsHelpLineAndAsksTheSameQuestionKeepingProgress(int step)
    {
        var client = NewClient();
        await AnswerUpToAsync(client, step);

        var replies = await SendAllAsync(client, "help");

        Assert.Equal(2, replies.Count);
        Assert.Equal(Help, replies[0].Text);
        Assert.Contains(Questions[step], Says(replies[1]), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);

        await AnswerFromAsync(client, step);
        Assert.Equal(new PostmortemNotes(Team, "The migration broke checkout", "Medium", true), client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData(0, "cancel")]
    [InlineData(1, "Stop")]
    [InlineData(2, "quit.")]
    [InlineData(1, "cancel")]
    [InlineData(2, "stop")]
    [InlineData(1, "wait actually nvm")]
    [InlineData(2, "never mind")]
    [InlineData(0, "Oh, forget it.")]
    public async Task Cancel_AtEveryStep_EndsAllDialogsAndMentionsHelp(int step, string word)
    {
        var client = NewClient();
        await AnswerUpToAsync(client, step);

        var reply = await client.SendActivityAsync(word);

        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(reply!), StringComparison.Ordinal);
        Assert.Contains("What can you help with?", LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(reply!), StringComparison.Ordinal);
        Assert.Null(client.GetNextReply());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
        Assert.Empty(client.DialogContext!.Stack);

        var fresh = await client.SendActivityAsync("hello again");
        Assert.Equal(WhatQuestion(Team), fresh?.Text);
    }

    [Theory]
    [InlineData(0, "start over")]
    [InlineData(1, "Restart")]
    [InlineData(2, "start over!")]
    public async Task StartOver_AtEveryStep_AsksTheFirstQuestionAgainAndForgetsAnswers(int step, string words)
    {
        var client = NewClient();
        await AnswerUpToAsync(client, step);

        var replies = await SendAllAsync(client, words);

        Assert.Equal([CoachingDialog.StartingOverMessage, WhatQuestion(Team)], replies.Select(r => r.Text));
        await client.SendActivityAsync("A hire that hurt the team");
        await client.SendActivityAsync("high");
        await client.SendActivityAsync("no");
        Assert.Equal(new PostmortemNotes(Team, "A hire that hurt the team", "High", false), client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData(CoachingCommands.Help, CoachingCommand.Help)]
    [InlineData(CoachingCommands.Cancel, CoachingCommand.Cancel)]
    [InlineData(CoachingCommands.StartOver, CoachingCommand.StartOver)]
    [InlineData("review", CoachingCommand.None)]
    public void Recognize_CardButtonCommand(string command, CoachingCommand expected)
    {
        var submit = new Activity
        {
            Type = ActivityTypes.Message,
            Value = System.Text.Json.JsonSerializer.SerializeToElement(new { command }),
        };

        Assert.Equal(expected, CoachingCommands.Recognize(submit));
    }

    [Theory]
    [InlineData("help", CoachingCommand.Help)]
    [InlineData("?", CoachingCommand.Help)]
    [InlineData("<at>Coach</at> HELP", CoachingCommand.Help)]
    [InlineData("quit", CoachingCommand.Cancel)]
    [InlineData("start  over", CoachingCommand.StartOver)]
    [InlineData("I need help with my apology", CoachingCommand.None)]
    [InlineData("don't stop now", CoachingCommand.None)]
    [InlineData("wait actually nvm", CoachingCommand.Cancel)]
    [InlineData("ok never mind then", CoachingCommand.Cancel)]
    [InlineData("no", CoachingCommand.None)]
    [InlineData("wait help", CoachingCommand.None)]
    [InlineData("never mind the cost", CoachingCommand.None)]
    [InlineData(null, CoachingCommand.None)]
    public void Recognize_TypedText(string? text, CoachingCommand expected)
    {
        Assert.Equal(expected, CoachingCommands.Recognize(Activity.CreateMessageActivity(text)));
    }

    [Fact]
    public async Task HelpButton_OnTheChoiceStep_RepromptsTheChoiceCard()
    {
        var client = NewClient();
        await AnswerUpToAsync(client, 1);

        var replies = new[] { (await client.SendCardSubmitAsync(new { command = "help" }))! }.Concat(client.GetReplies()).ToList();

        Assert.Equal(Help, replies[0].Text);
        Assert.Contains(ImpactQuestion, Says(replies[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentenceContainingHelp_IsAnAnswerNotAnInterruption()
    {
        var client = NewClient();
        await client.SendActivityAsync("hi");

        var next = await client.SendActivityAsync("I asked for help too late");

        Assert.Contains(ImpactQuestion, Says(next!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_InsideAParentDialog_EndsTheParentToo()
    {
        var parentResumed = false;
        var parent = new ComponentDialog("main");
        parent.AddDialog(new WaterfallDialog("main-steps", [
            (step, ct) => step.BeginDialogAsync(nameof(PostmortemTestDialog), Team, ct),
            (step, ct) => { parentResumed = true; return step.EndDialogAsync(null, ct); },
        ]));
        parent.AddDialog(new PostmortemTestDialog());
        var client = new DialogTestClient("msteams", parent);
        await client.SendActivityAsync("hi");

        var reply = await client.SendActivityAsync("cancel");

        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(reply!), StringComparison.Ordinal);
        Assert.False(parentResumed);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
        Assert.Empty(client.DialogContext!.Stack);
    }

    private static DialogTestClient NewClient() => new("msteams", new PostmortemTestDialog(), Team);

    /// <summary>Starts the dialog and answers its first <paramref name="steps"/> questions, draining the replies.</summary>
    private static async Task AnswerUpToAsync(DialogTestClient client, int steps)
    {
        await client.SendActivityAsync("hi");
        for (var i = 0; i < steps; i++)
        {
            client.GetReplies();
            await client.SendActivityAsync(Answers[i]);
        }
    }

    private static async Task AnswerFromAsync(DialogTestClient client, int step)
    {
        for (var i = step; i < Answers.Length; i++)
        {
            client.GetReplies();
            await client.SendActivityAsync(Answers[i]);
        }
    }

    /// <summary>Sends <paramref name="text"/> and takes every reply of that turn.</summary>
    private static async Task<List<Activity>> SendAllAsync(DialogTestClient client, string text)
    {
        var first = await client.SendActivityAsync(text);
        return first is null ? [] : [first, .. client.GetReplies()];
    }

    /// <summary>What a reply says: its text, else its card's JSON.</summary>
    private static string Says(Activity reply) =>
        reply.Text ?? reply.Attachments?.FirstOrDefault()?.Content?.GetRawText() ?? string.Empty;
}
