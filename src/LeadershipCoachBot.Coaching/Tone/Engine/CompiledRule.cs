using LeadershipCoachBot.Coaching.Tone.Rules;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// A rule's patterns, each behind a literal prefilter worked out from the pattern and built only when a sentence
/// gets past that prefilter (see <see cref="FilteredRegex"/> for which regex engine runs it).
/// </summary>
internal sealed class CompiledRule
{
    public CompiledRule(TextRule rule)
    {
        Rule = rule;
        Main = new FilteredRegex(rule.Pattern, rule.CaseSensitive);
        UnlessSentence = FilteredRegex.Optional(rule.UnlessSentence, rule.CaseSensitive);
        UnlessBefore = FilteredRegex.Optional(rule.UnlessBefore, rule.CaseSensitive);
        UnlessMatch = FilteredRegex.Optional(rule.UnlessMatch, rule.CaseSensitive);
        RequiresSentence = FilteredRegex.Optional(rule.RequiresSentence, caseSensitive: false);
    }

    public TextRule Rule { get; }

    public FilteredRegex Main { get; }

    public FilteredRegex? UnlessSentence { get; }

    public FilteredRegex? UnlessBefore { get; }

    public FilteredRegex? UnlessMatch { get; }

    public FilteredRegex? RequiresSentence { get; }
}
