using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Cli.Output;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class ReviewJsonTests
{
    [Fact]
    public void Document_ExecUpdate_KeepsTheContractsFieldsAndOrder()
    {
        using var json = JsonDocument.Parse(ReviewJson.Document(SampleReviews.ExecUpdate));
        var root = json.RootElement;

        Assert.Equal(["kind", "verdict", "findings", "kindGuessed"], Names(root));
        Assert.Equal("exec-update", root.GetProperty("kind").GetString());
        Assert.Equal("revise", root.GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("kindGuessed").GetBoolean());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(3, findings.Count);
        Assert.Equal(["category", "severity", "sentence", "start", "length", "quote", "why", "suggestion"], Names(findings[0]));
        Assert.Equal("blame-shifting", findings[0].GetProperty("category").GetString());
        Assert.Equal("high", findings[0].GetProperty("severity").GetString());
        Assert.Equal(2, findings[0].GetProperty("sentence").GetInt32());
        var start = findings[0].GetProperty("start").GetInt32();
        var length = findings[0].GetProperty("length").GetInt32();
        Assert.Equal(SampleReviews.Draft.Substring(start, length), findings[0].GetProperty("quote").GetString());
        Assert.Equal(["category", "severity", "why", "suggestion"], Names(findings[2]));
        Assert.Equal("missing-next-update", findings[2].GetProperty("category").GetString());
    }

    [Fact]
    public void Document_Apology_ListsComponentsPresentAndMissing()
    {
        using var json = JsonDocument.Parse(ReviewJson.Document(SampleReviews.Apology));
        var components = json.RootElement.GetProperty("apologyComponents");

        Assert.Equal("ready", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(["expression-of-regret", "offer-of-repair"], Strings(components.GetProperty("present")));
        Assert.Equal(
            ["acknowledgement-of-responsibility", "explanation", "declaration-of-repentance", "request-for-forgiveness"],
            Strings(components.GetProperty("missing")));
    }

    [Fact]
    public void Line_WithId_PutsTheIdFirstOnOneLine()
    {
        var line = ReviewJson.Line(JsonValue.Create(42), SampleReviews.ExecUpdate);

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(["id", "kind", "verdict", "findings", "kindGuessed"], Names(json.RootElement));
        Assert.Equal(42, json.RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public void ErrorLine_WithoutId_WritesNullIdLineAndError()
    {
        using var json = JsonDocument.Parse(ReviewJson.ErrorLine(null, 7, "no \"text\"; give the draft."));

        Assert.Equal(["id", "line", "error"], Names(json.RootElement));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("id").ValueKind);
        Assert.Equal(7, json.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("no \"text\"; give the draft.", json.RootElement.GetProperty("error").GetString());
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "null")];
}
