using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.ToneReview.Rules;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>A rule's patterns built once as non-backtracking regexes, so matching stays linear in the input.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(TextRule rule)
    {
        Rule = rule;
        Main = Build(rule.Pattern, rule.CaseSensitive);
        UnlessSentence = BuildOptional(rule.UnlessSentence, rule.CaseSensitive);
        UnlessBefore = BuildOptional(rule.UnlessBefore, rule.CaseSensitive);
        UnlessMatch = BuildOptional(rule.UnlessMatch, rule.CaseSensitive);
        RequiresSentence = BuildOptional(rule.RequiresSentence, caseSensitive: false);
    }

    public TextRule Rule { get; }

    public Regex Main { get; }

    public Regex? UnlessSentence { get; }

    public Regex? UnlessBefore { get; }

    public Regex? UnlessMatch { get; }

    public Regex? RequiresSentence { get; }

    public static Regex Build(string pattern, bool caseSensitive)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        if (!caseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }

        return new Regex(pattern, options);
    }

    private static Regex? BuildOptional(string? pattern, bool caseSensitive) =>
        pattern is null ? null : Build(pattern, caseSensitive);
}
