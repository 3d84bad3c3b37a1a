using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Tests;

/// <summary>Checks a review object against the tone review contract.</summary>
internal static class ContractAssert
{
    private static readonly string[] PhrasingFields = ["category", "severity", "sentence", "start", "length", "quote", "why", "suggestion"];
    private static readonly string[] StructuralFields = ["category", "severity", "why", "suggestion"];

    public static void ValidReview(JsonElement review, string text, bool withId = false)
    {
        var names = review.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(withId ? ["id", "kind", "verdict", "findings"] : ["kind", "verdict", "findings"], names.Take(withId ? 4 : 3));
        Assert.Contains(review.GetProperty("kind").GetString(), ToneIds.AllKindIds);
        var findings = review.GetProperty("findings").EnumerateArray().ToList();
        var blocking = false;
        foreach (var finding in findings)
        {
            var fields = finding.EnumerateObject().Select(p => p.Name).ToArray();
            var phrasing = finding.TryGetProperty("quote", out _);
            Assert.Equal(phrasing ? PhrasingFields : StructuralFields, fields);
            Assert.Contains(finding.GetProperty("category").GetString(), ToneIds.AllCategoryIds);
            var severity = finding.GetProperty("severity").GetString();
            Assert.Contains(severity, new[] { "high", "medium", "low" });
            blocking |= severity is "high" or "medium";
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("why").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("suggestion").GetString()));
            if (phrasing)
            {
                Assert.True(finding.GetProperty("sentence").GetInt32() >= 1);
                var start = finding.GetProperty("start").GetInt32();
                var length = finding.GetProperty("length").GetInt32();
                Assert.Equal(text.Substring(start, length), finding.GetProperty("quote").GetString());
            }
        }

        Assert.Equal(blocking ? "revise" : "ready", review.GetProperty("verdict").GetString());
    }
}
