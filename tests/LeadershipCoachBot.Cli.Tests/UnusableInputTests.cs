namespace LeadershipCoachBot.Cli.Tests;

public sealed class UnusableInputTests : IDisposable
{
    private static readonly byte[] InvalidUtf8 = [0x4f, 0x75, 0x72, 0x20, 0xc3, 0x28, 0xff, 0x20, 0x66, 0x61, 0x75, 0x6c, 0x74];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Review_SignatureOnly_ExitsTwoWithOneLine()
    {
        var run = await CoachRun.InvokeAsync("review", _folder.Write("signature.txt", "Best regards,\nDana Reyes\nHead of Platform\n"));

        AssertUnusable(run, "no sentence to review");
    }

    [Fact]
    public async Task Review_EmptyFile_ExitsTwoWithOneLine()
    {
        var run = await CoachRun.InvokeAsync("review", _folder.Write("empty.txt", "  \n\t\n"));

        AssertUnusable(run, "empty");
    }

    [Fact]
    public async Task Review_EmptyStandardInput_ExitsTwoWithOneLine()
    {
        var run = await CoachRun.InvokeAsync(["review", "--json"], stdin: []);

        AssertUnusable(run, "standard input is empty");
    }

    [Fact]
    public async Task Review_UnknownKind_ExitsTwoNamingTheKinds()
    {
        var run = await CoachRun.InvokeAsync("review", "--kind", "memo", _folder.Write("draft.txt", Drafts.Flawed));

        AssertUnusable(run, "unknown kind 'memo'");
        Assert.Contains("exec-update, incident-update, apology, team-message", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_MissingFile_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("review", Path.Combine(_folder.Path, "nowhere.txt"));

        AssertUnusable(run, "does not exist");
    }

    [Fact]
    public async Task Review_InvalidUtf8File_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("review", _folder.WriteBytes("latin.txt", InvalidUtf8));

        AssertUnusable(run, "not valid UTF-8");
    }

    [Fact]
    public async Task Review_InvalidUtf8StandardInput_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync(["review", "-"], InvalidUtf8);

        AssertUnusable(run, "standard input is not valid UTF-8");
    }

    [Fact]
    public async Task Review_DirectoryAsFile_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("review", _folder.Path);

        AssertUnusable(run, "is a directory");
    }

    [Fact]
    public async Task ReviewJsonl_MissingFile_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("review", "--jsonl", Path.Combine(_folder.Path, "drafts.jsonl"));

        AssertUnusable(run, "does not exist");
    }

    [Fact]
    public async Task ReviewJsonl_InvalidUtf8File_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("review", "--jsonl", _folder.WriteBytes("drafts.jsonl", InvalidUtf8));

        AssertUnusable(run, "not valid UTF-8");
    }

    [Fact]
    public async Task ReviewJsonl_WithFileArgumentToo_IsACommandLineError()
    {
        var path = _folder.Write("draft.txt", Drafts.Flawed);

        var run = await CoachRun.InvokeAsync("review", "--jsonl", path, path);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_ExitsTwo()
    {
        var run = await CoachRun.InvokeAsync("eval", Path.Combine(_folder.Path, "labelled.jsonl"));

        AssertUnusable(run, "does not exist");
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"kind\":\"apology\",\"text\":\"Sorry.\",\"labels\":[\"rudeness\"]}", "unknown label rudeness")]
    [InlineData("{\"id\":\"a\",\"kind\":\"memo\",\"text\":\"Sorry.\",\"labels\":[]}", "unknown kind 'memo'")]
    [InlineData("{\"id\":\"a\",\"kind\":\"apology\",\"text\":\"Sorry.\"}", "\"labels\" must be an array")]
    [InlineData("{\"id\":\"a\",\"text\":\"Sorry.\",\"labels\":[]}", "no \"kind\"")]
    [InlineData("{\"id\":\"a\",\"kind\":\"apology\",\"text\":\" \",\"labels\":[]}", "\"text\" is empty")]
    [InlineData("not json", "not valid JSON")]
    public async Task Eval_UnusableLine_ExitsTwoNamingTheLine(string badLine, string expected)
    {
        var good = "{\"id\":\"ok\",\"kind\":\"apology\",\"text\":\"I am sorry.\",\"labels\":[]}";
        var path = _folder.Write("labelled.jsonl", $"{good}\n\n{badLine}\n");

        var run = await CoachRun.InvokeAsync("eval", path);

        AssertUnusable(run, expected);
        Assert.Contains("line 3:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Review_ExplainsExitCodes()
    {
        var run = await CoachRun.InvokeAsync("review", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--jsonl <FILE>", run.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", run.Out, StringComparison.Ordinal);
        Assert.Contains("2  the input is unusable", run.Out, StringComparison.Ordinal);
    }

    private static void AssertUnusable(CoachRun run, string expected)
    {
        Assert.Equal(ExitCodes.UnusableInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coach: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}
