using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// One typed answer to "what do you know, what are you doing, what is uncertain", split by sentence
/// and clause: a clause with an uncertainty cue ("not sure", "unclear", "whether") is still unknown,
/// one with an action or progress cue ("rolled back", "is watching", "we're moving") is what we are
/// doing, the rest is what we know. A clause with no cue after an unknown one in the same sentence
/// stays unknown (a list of open questions). Pure and deterministic.
/// </summary>
public static partial class TypedFacts
{
    /// <summary>The parts of <paramref name="typed"/>; each null when nothing went there.</summary>
    public static FactsAnswer Split(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var known = new List<string>();
        var doing = new List<string>();
        var uncertain = new List<string>();
        foreach (var sentence in SentenceBreak().Split(typed))
        {
            List<string>? previous = null;
            foreach (var raw in ClauseBreak().Split(sentence))
            {
                var clause = raw.Trim().TrimEnd('.', '!', ';', ',').Trim();
                if (clause.Length == 0)
                {
                    continue;
                }

                var target = UncertainCue().IsMatch(clause) || clause.EndsWith('?') ? uncertain
                    : DoingCue().IsMatch(clause) ? doing
                    : ReferenceEquals(previous, uncertain) ? uncertain
                    : known;
                var part = ReferenceEquals(target, uncertain) ? AsOpenQuestion(clause) : clause;
                if (ReferenceEquals(previous, target))
                {
                    target[^1] = $"{target[^1]}, {clause}";
                }
                else
                {
                    target.Add(part);
                }

                previous = target;
            }
        }

        return new FactsAnswer(Join(known), Join(doing), Join(uncertain));
    }

    /// <summary>"not sure if anyone was charged twice" reads as "whether anyone was charged twice".</summary>
    private static string AsOpenQuestion(string clause)
    {
        var match = LeadingDoubt().Match(clause);
        var rest = match.Success ? clause[match.Length..].TrimEnd('?').Trim() : clause;
        return match.Success && rest.Length > 0 ? "whether " + rest : clause;
    }

    private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join("; ", parts);

    [GeneratedRegex(@"(?<=[.!?;])\s+|\r?\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",\s+(?=\D)|\s+but\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not\s+(?:yet\s+)?(?:sure|clear|known|certain|confirmed)|unsure|unclear|unknown|uncertain|(?:do\s*n[o']?t|does\s*n[o']?t|don't|dont)\s+(?:yet\s+)?know|no\s+idea|dunno|idk|whether|tbd|might\s+have|may\s+have|wondering|still\s+checking\s+(?:if|whether))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UncertainCue();

    [GeneratedRegex(@"\b(?:roll(?:ed|ing)\s+(?:[\w'-]+\s+){0,3}?back|rolled\s+it\s+back|rollback\s+(?:done|complete)|revert(?:ed|ing)|switch(?:ed|ing)\s+(?:[\w'-]+\s+){0,3}?off|turn(?:ed|ing)\s+(?:[\w'-]+\s+){0,3}?off|fail(?:ed|ing)\s+over|(?:is|are|am)\s+(?:now\s+)?(?:watching|monitoring|investigating|looking|working|fixing|restoring|moving|draining|checking|contacting|calling|preparing|writing|patching|paging|refunding|rolling|reverting|switching|handling|leading|running|coming\s+back|recovering)|(?:we're|we\s+are|i'm|i\s+am|they're|they\s+are)\s+(?!seeing|getting|failing|having|losing|hearing|down\b)\w+ing|coming\s+back|recovering|will\s+\w+|(?:has|have)\s+(?:paged|called|contacted|restored|reverted|started|opened))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoingCue();

    [GeneratedRegex(@"^(?:(?:we|i)(?:\s+are|'re|\s+am|'m)?\s+)?(?:not\s+(?:yet\s+)?sure|unsure|unclear|(?:do\s*n[o']?t|don't|dont)\s+(?:yet\s+)?know|no\s+idea|dunno|idk)\s+(?:yet\s+)?(?:if|whether)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDoubt();
}
