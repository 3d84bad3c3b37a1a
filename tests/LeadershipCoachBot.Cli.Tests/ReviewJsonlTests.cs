using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class ReviewJsonlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReviewJsonl_BadLinesInTheMiddle_GetErrorLinesAndTheRestGoOn()
    {
        var input = string.Join('\n',
            Line("a", "exec-update", Drafts.Flawed),
            "{\"id\": \"b\", \"kind\": \"apology\", \"text\": ",
            "{\"id\": \"c\", \"kind\": \"apology\"}",
            string.Empty,
            Line("d", null, Drafts.Apology),
            Line("e", "team-message", "   "),
            Line("f", "memo", Drafts.Good),
            "[1, 2]",
            "{\"id\": 7, \"kind\": \"incident-update\", \"text\": " + JsonValue.Create(Drafts.Good).ToJsonString() + "}");

        var run = await CoachRun.InvokeAsync("review", "--jsonl", _folder.Write("drafts.jsonl", input + "\n"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(8, lines.Count);
        ContractAssert.ValidReview(lines[0], Drafts.Flawed, withId: true);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("exec-update", lines[0].GetProperty("kind").GetString());
        AssertError(lines[1], null, 2, "not valid JSON");
        AssertError(lines[2], "c", 3, "no \"text\"");
        ContractAssert.ValidReview(lines[3], Drafts.Apology, withId: true);
        Assert.True(lines[3].GetProperty("kindGuessed").GetBoolean());
        AssertError(lines[4], "e", 6, "\"text\" is empty");
        AssertError(lines[5], "f", 7, "unknown kind 'memo'");
        AssertError(lines[6], null, 8, "not a JSON object");
        ContractAssert.ValidReview(lines[7], Drafts.Good, withId: true);
        Assert.Equal(7, lines[7].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ReviewJsonl_StandardInputWithDefaultKind_AppliesItToLinesWithoutKind()
    {
        var input = Line("x", null, Drafts.Flawed) + "\n" + Line("y", "apology", Drafts.Apology);

        var run = await CoachRun.InvokeAsync(["review", "--jsonl", "-", "--kind", "incident-update"], Encoding.UTF8.GetBytes(input));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["incident-update", "apology"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.All(lines, l => Assert.False(l.GetProperty("kindGuessed").GetBoolean()));
    }

    private static string Line(string id, string? kind, string text)
    {
        var line = new JsonObject { ["id"] = id, ["text"] = text };
        if (kind is not null)
        {
            line["kind"] = kind;
        }

        return line.ToJsonString();
    }

    private static void AssertError(JsonElement line, string? id, int number, string error)
    {
        Assert.Equal(["id", "line", "error"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, line.GetProperty("id").ValueKind == JsonValueKind.Null ? null : line.GetProperty("id").GetString());
        Assert.Equal(number, line.GetProperty("line").GetInt32());
        Assert.Contains(error, line.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
