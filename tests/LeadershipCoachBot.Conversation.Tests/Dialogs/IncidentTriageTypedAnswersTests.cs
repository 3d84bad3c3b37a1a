using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;
using Microsoft.Extensions.Time.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

/// <summary>The triage answered only by typing, in the words a leader under pressure uses.</summary>
public class IncidentTriageTypedAnswersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 2, 10, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("just a handful", "dunno", "not that we know of", "still going", "SEV-1", CustomerImpact.Some, Exposure.NotSure, Exposure.No, Spread.Cascading)]
    [InlineData("only internal users", "probably not", "I don't think so", "mitigated", "SEV-3", CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained)]
    [InlineData("a couple of them", "nope", "no", "stable for now", "SEV-2", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained)]
    [InlineData("internal users only", "not confirmed yet", "no", "resolved", "SEV-2", CustomerImpact.None, Exposure.NotSure, Exposure.No, Spread.Contained)]
    [InlineData("no one yet", "no", "nah", "not contained yet", "SEV-2", CustomerImpact.None, Exposure.No, Exposure.No, Spread.Cascading)]
    [InlineData("no one", "idk", "too early to tell", "fixed", "SEV-2", CustomerImpact.None, Exposure.NotSure, Exposure.NotSure, Spread.Contained)]
    [InlineData("a few big accounts", "unconfirmed", "hard to say", "getting worse", "SEV-1", CustomerImpact.Some, Exposure.NotSure, Exposure.NotSure, Spread.Cascading)]
    [InlineData("a small number", "yes, confirmed", "tbc", "ongoing", "SEV-1", CustomerImpact.Some, Exposure.Yes, Exposure.NotSure, Spread.Cascading)]
    [InlineData("nearly everyone", "no", "still checking", "it's no longer spreading", "SEV-1", CustomerImpact.MostOrAll, Exposure.No, Exposure.NotSure, Spread.Contained)]
    [InlineData("the first one", "the second one", "2", "first", "SEV-3", CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained)]
    [InlineData("none", "no", "no", "the last one", "SEV-2", CustomerImpact.None, Exposure.No, Exposure.No, Spread.NotSure)]
    public async Task Triage_TypedInLeadersWords_EndsInTheExpectedSeverity(
        string impact, string data, string security, string spread, string severity,
        CustomerImpact expectedImpact, Exposure expectedData, Exposure expectedSecurity, Spread expectedSpread)
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");
        await client.SendActivityAsync("Logins fail for part of the EU.");

        Activity? last = null;
        foreach (var answer in new[] { impact, data, security, spread })
        {
            last = await client.SendActivityAsync(answer);
        }

        Assert.Contains($"{severity}:", Says(last!), StringComparison.Ordinal);
        Assert.Equal(
            new IncidentReport("Logins fail for part of the EU.", expectedImpact, expectedData, expectedSecurity, expectedSpread),
            client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task Triage_NegatedAnswer_ComesBackWithButtonsAndSaysWhatWasNotTaken()
    {
        var client = await AtSpreadQuestionAsync();

        var retry = await client.SendActivityAsync("not fixed");

        var card = Says(retry!);
        Assert.Null(retry!.Text);
        Assert.Contains(SpreadQuestion, card, StringComparison.Ordinal);
        Assert.Contains("I read \\u0022fixed\\u0022 after \\u0022not\\u0022, so I did not take it as Contained.", card, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.ChoiceRetry, card, StringComparison.Ordinal);
        Assert.Equal(3, CountOf("Action.Submit", card));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);

        var result = await client.SendActivityAsync("still going");
        Assert.Contains("SEV-2:", Says(result!), StringComparison.Ordinal);
        Assert.Equal(Spread.Cascading, Assert.IsType<IncidentReport>(client.DialogTurnResult?.Result).Spread);
    }

    [Theory]
    [InlineData("a few, maybe all of them", "That fits more than one answer: Some customers and Most or all customers.")]
    [InlineData("the fourth one", "There are only 3 answers.")]
    [InlineData("purple elephants", "I could not match that to one of these answers.")]
    public async Task Triage_UnclearImpact_ComesBackWithButtonsAndOneLineWhy(string typed, string why)
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");
        await client.SendActivityAsync("skip");

        var retry = await client.SendActivityAsync(typed);

        var card = Says(retry!);
        Assert.Contains(ImpactQuestion, card, StringComparison.Ordinal);
        Assert.True(card.Contains(why, StringComparison.Ordinal), card);
        Assert.Equal(3, CountOf("Action.Submit", card));
        Assert.Null(client.GetNextReply());
    }

    private static async Task<DialogTestClient> AtSpreadQuestionAsync()
    {
        var client = NewClient();
        foreach (var typed in new[] { "triage", "skip", "none", "no", "no" })
        {
            await client.SendActivityAsync(typed);
        }

        return client;
    }

    private static DialogTestClient NewClient()
    {
        var state = new ConversationState(new MemoryStorage());
        return new("msteams", new IncidentTriageDialog(new CoachMemory(state), new FakeTimeProvider(Now)), conversationState: state);
    }

    private static int CountOf(string value, string text) => text.Split(value).Length - 1;

    private static string Says(Activity reply) =>
        reply.Text ?? string.Join("\n", reply.Attachments?.Select(a => a.Content?.GetRawText()) ?? []);
}
