using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>
/// A run of the draft: plain when <see cref="Findings"/> is empty, else flagged by those findings
/// (1-based numbers into the review's findings; overlapping spans share one run).
/// </summary>
internal sealed record MarkedSegment(string Text, IReadOnlyList<int> Findings, FindingSeverity Severity)
{
    public bool IsFlagged => Findings.Count > 0;

    /// <summary>Cuts <paramref name="draft"/> into plain and flagged runs; spans outside the draft are ignored.</summary>
    public static IReadOnlyList<MarkedSegment> Split(string draft, IReadOnlyList<ToneFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(findings);
        var spans = findings
            .Select((f, i) => (Number: i + 1, f.Severity, Start: f.Start ?? -1, End: (f.Start ?? -1) + (f.Length ?? 0)))
            .Where(s => s.Start >= 0 && s.End > s.Start && s.End <= draft.Length)
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Number)
            .ToList();
        var segments = new List<MarkedSegment>();
        var cursor = 0;
        var i = 0;
        while (i < spans.Count)
        {
            var start = Math.Max(spans[i].Start, cursor);
            var end = spans[i].End;
            var numbers = new List<int>();
            var severity = FindingSeverity.Low;
            while (i < spans.Count && spans[i].Start < end)
            {
                end = Math.Max(end, spans[i].End);
                numbers.Add(spans[i].Number);
                severity = spans[i].Severity > severity ? spans[i].Severity : severity;
                i++;
            }

            if (start > cursor)
            {
                segments.Add(Plain(draft[cursor..start]));
            }

            segments.Add(new MarkedSegment(draft[start..end], numbers, severity));
            cursor = end;
        }

        if (cursor < draft.Length)
        {
            segments.Add(Plain(draft[cursor..]));
        }

        return segments;
    }

    private static MarkedSegment Plain(string text) => new(text, [], FindingSeverity.Low);
}
