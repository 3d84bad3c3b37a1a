using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Review_Json_WritesTheContractObject()
    {
        var run = await CoachRun.InvokeAsync("review", "--kind", "exec-update", "--json", _folder.Write("draft.txt", Drafts.Flawed));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        ContractAssert.ValidReview(json.RootElement, Drafts.Flawed);
        Assert.Equal("exec-update", json.RootElement.GetProperty("kind").GetString());
        Assert.False(json.RootElement.GetProperty("kindGuessed").GetBoolean());
        Assert.Equal("revise", json.RootElement.GetProperty("verdict").GetString());
        var expected = ToneReviewer.Review(Drafts.Flawed, DraftKind.ExecUpdate).Findings.Select(f => f.Category.Id());
        var written = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("category").GetString());
        Assert.Equal(expected, written);
        Assert.Contains("missing-next-update", written);
    }

    [Fact]
    public async Task Review_JsonRevised_AddsTheRevisedDraftAndKeepsTheContract()
    {
        var run = await CoachRun.InvokeAsync("review", "--kind", "exec-update", "--json", "--revised", _folder.Write("draft.txt", Drafts.Flawed));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        ContractAssert.ValidReview(json.RootElement, Drafts.Flawed);
        var expected = ToneReviewer.Review(Drafts.Flawed, DraftKind.ExecUpdate).RevisedDraft;
        Assert.Equal(expected, json.RootElement.GetProperty("revised").GetString());
        Assert.NotEqual(Drafts.Flawed, expected);
    }

    [Fact]
    public async Task Review_ReadableRevised_PrintsTheRevisedDraftLast()
    {
        var run = await CoachRun.InvokeAsync("review", "--kind", "exec-update", "--revised", _folder.Write("draft.txt", Drafts.Flawed));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Revised draft", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_JsonWithoutRevised_HasNoRevisedField()
    {
        var run = await CoachRun.InvokeAsync("review", "--kind", "exec-update", "--json", _folder.Write("draft.txt", Drafts.Flawed));

        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.TryGetProperty("revised", out _));
    }

    [Fact]
    public async Task Review_JsonWithoutKind_ReportsTheGuessedKind()
    {
        var run = await CoachRun.InvokeAsync("review", "--json", _folder.Write("apology.txt", Drafts.Apology));

        using var json = JsonDocument.Parse(run.Out);
        ContractAssert.ValidReview(json.RootElement, Drafts.Apology);
        var guess = ToneReviewer.Review(Drafts.Apology);
        Assert.Equal(guess.Kind.Id(), json.RootElement.GetProperty("kind").GetString());
        Assert.True(json.RootElement.GetProperty("kindGuessed").GetBoolean());
    }

    [Fact]
    public async Task Review_JsonWithNonAsciiText_QuotesMatchUtf16Offsets()
    {
        var text = "Résumé of the outage — “the vendor’s fault”, frankly: the payments team did not test the failover. 😞 " + Drafts.Flawed;

        var run = await CoachRun.InvokeAsync("review", "--json", "--kind", "incident-update", _folder.Write("draft.txt", text));

        using var json = JsonDocument.Parse(run.Out);
        ContractAssert.ValidReview(json.RootElement, text);
    }

    [Theory]
    [InlineData("-")]
    [InlineData(null)]
    public async Task Review_StandardInput_ReviewsLikeAFile(string? dash)
    {
        var file = await CoachRun.InvokeAsync("review", "--json", "--kind", "team-message", _folder.Write("draft.txt", Drafts.Flawed));
        string[] args = dash is null ? ["review", "--json", "--kind", "team-message"] : ["review", "--json", "--kind", "team-message", dash];

        var stdin = await CoachRun.InvokeAsync(args, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Drafts.Flawed)]);

        Assert.Equal(ExitCodes.Ok, stdin.ExitCode);
        Assert.Equal(file.Out, stdin.Out);
    }

    [Fact]
    public async Task Review_Readable_MarksSpansAndExplainsEachFinding()
    {
        var review = ToneReviewer.Review(Drafts.Flawed, DraftKind.ExecUpdate);
        Assert.Contains(review.Findings, f => f.Quote is not null);

        var run = await CoachRun.InvokeAsync("review", "--kind", "exec-update", _folder.Write("draft.txt", Drafts.Flawed));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Kind: exec-update\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Verdict: revise", run.Out, StringComparison.Ordinal);
        Assert.Contains("[[", run.Out, StringComparison.Ordinal);
        for (var i = 0; i < review.Findings.Count; i++)
        {
            var finding = review.Findings[i];
            Assert.Contains($"{i + 1,2}. {finding.Category.Id()} ({finding.Severity.Id()}", run.Out, StringComparison.Ordinal);
            Assert.Contains($"Why: {finding.Why}", run.Out, StringComparison.Ordinal);
            Assert.Contains($"Suggestion: {finding.Suggestion}", run.Out, StringComparison.Ordinal);
            if (finding.Quote is not null)
            {
                Assert.Contains($"\"{finding.Quote}\"", run.Out, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Review_ReadableOnAnsiTerminal_UnderlinesInsteadOfBrackets()
    {
        var run = await CoachRun.InvokeAsync(["review", "--kind", "exec-update"], Encoding.UTF8.GetBytes(Drafts.Flawed), ansi: true);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("\u001b[4;", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ReadableGuessedApology_SaysSoAndListsComponents()
    {
        var review = ToneReviewer.Review(Drafts.Apology, DraftKind.Apology);

        var run = await CoachRun.InvokeAsync("review", "--kind", "apology", _folder.Write("apology.txt", Drafts.Apology));

        Assert.Contains("Apology components", run.Out, StringComparison.Ordinal);
        var present = review.ApologyComponents.Count == 0 ? "none" : string.Join(", ", review.ApologyComponents.Select(c => c.Label()));
        Assert.Contains($"present: {present}\n", run.Out, StringComparison.Ordinal);
        var guessed = await CoachRun.InvokeAsync("review", _folder.Write("apology2.txt", Drafts.Apology));
        Assert.Contains("(guessed from the text; set it with --kind)", guessed.Out, StringComparison.Ordinal);
    }
}
