using System.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Applies a review's edits to the draft and checks the result again: the revision may not raise a category the
/// draft did not. When applying everything at once would, the edits are tried one by one and each that would is left out.
/// </summary>
internal static class DraftReviser
{
    private const int MostEditsTriedOneByOne = 24;

    public static string Revise(string draft, IReadOnlyList<DraftEdit?> edits, ToneReview review, Func<string, ToneReview> reassess)
    {
        var chosen = edits.OfType<DraftEdit>().ToList();
        if (chosen.Count == 0)
        {
            return draft;
        }

        var allowed = review.Findings.Select(f => f.Category).ToHashSet();
        var all = Apply(draft, chosen);
        if (AddsNothing(all, allowed, reassess))
        {
            return all;
        }

        var kept = new List<DraftEdit>();
        foreach (var edit in chosen.Take(MostEditsTriedOneByOne))
        {
            if (AddsNothing(Apply(draft, [.. kept, edit]), allowed, reassess))
            {
                kept.Add(edit);
            }
            else if (edit.Narrower is { } narrower && AddsNothing(Apply(draft, [.. kept, narrower]), allowed, reassess))
            {
                kept.Add(narrower);
            }
        }

        return Apply(draft, kept);
    }

    private static bool AddsNothing(string revised, HashSet<ToneCategory> allowed, Func<string, ToneReview> reassess) =>
        revised.Trim().Length > 0 && reassess(revised).Findings.All(f => allowed.Contains(f.Category));

    /// <summary>Replaces or drops sentences (the first edit of a sentence wins) and adds new lines before any sign-off.</summary>
    private static string Apply(string draft, IReadOnlyList<DraftEdit> edits)
    {
        var replacements = edits.Where(e => !e.IsAddition).OrderBy(e => e.Start).ToList();
        var builder = new StringBuilder(draft.Length + 256);
        var at = 0;
        foreach (var edit in replacements)
        {
            if (edit.Start < at)
            {
                continue;
            }

            builder.Append(draft, at, edit.Start - at);
            builder.Append(edit.Replacement);
            at = edit.Start + edit.Length;
            if (edit.Replacement.Length == 0)
            {
                while (at < draft.Length && draft[at] == ' ')
                {
                    at++;
                }
            }
        }

        builder.Append(draft, at, draft.Length - at);
        var additions = edits.Where(e => e.IsAddition).Select(e => e.Replacement).ToList();
        return additions.Count == 0 ? builder.ToString() : AddLines(builder.ToString(), additions);
    }

    private static string AddLines(string text, IReadOnlyList<string> lines)
    {
        var body = text.TrimEnd();
        var signOff = ContentReader.SignOffStart(body);
        var head = body[..signOff].TrimEnd();
        var tail = body[signOff..];
        var separator = head.Contains('\n', StringComparison.Ordinal) ? "\n" : " ";
        var added = string.Join(separator, lines);
        var joined = head.Length == 0 ? added : string.Concat(head, separator, added);
        return tail.Length == 0 ? joined : string.Concat(joined, "\n\n", tail);
    }
}
