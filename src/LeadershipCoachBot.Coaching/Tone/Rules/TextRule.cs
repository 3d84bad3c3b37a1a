namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// One named rule: a linear (non-backtracking) pattern tried on each sentence, with the guards that keep it
/// honest. <see cref="Example"/> is a sentence of our own that the rule must catch; <see cref="NearMiss"/>,
/// when given, is one it must leave alone.
/// </summary>
internal sealed record TextRule(string Name, string Pattern, string Example)
{
    /// <summary>How much a match counts towards its category's threshold; negative rules argue against it.</summary>
    public int Weight { get; init; } = 2;

    /// <summary>Whether a match can be quoted as a finding (context rules only add weight).</summary>
    public bool Anchor { get; init; } = true;

    public FindingSeverity Severity { get; init; } = FindingSeverity.Medium;

    /// <summary>Skip the match when the whole sentence matches this.</summary>
    public string? UnlessSentence { get; init; }

    /// <summary>Skip the match when the clause text before it matches this (negation, conditions, hedges).</summary>
    public string? UnlessBefore { get; init; }

    /// <summary>Skip the match when the matched words themselves match this.</summary>
    public string? UnlessMatch { get; init; }

    /// <summary>Count the match only when the sentence also matches this.</summary>
    public string? RequiresSentence { get; init; }

    /// <summary>Skip the match when the draft carries this element (e.g. a vendor fault stated with ownership).</summary>
    public DraftElement? UnlessElement { get; init; }

    /// <summary>Count the match only when the draft carries this element.</summary>
    public DraftElement? RequiresElement { get; init; }

    /// <summary>Match case exactly (used to spot names); otherwise case is ignored.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Replacement for the matched words when rewriting the sentence; may use <c>${group}</c>.</summary>
    public string? Rewrite { get; init; }

    /// <summary>A line added after the rewritten sentence; may use <c>${group}</c>.</summary>
    public string? Append { get; init; }

    /// <summary>A line to suggest when there is no rewrite (or it cannot be filled); may use <c>${group}</c>.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// Put <see cref="Suggestion"/> after the clauses that come before the match, so the facts they state survive and
    /// only the flagged clause is replaced.
    /// </summary>
    public bool KeepsLead { get; init; }

    public string? NearMiss { get; init; }
}
