namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// What a piece of a pattern says about the text it matches, as case keys: either the exact strings it can
/// match (when few), or strings one of which every match contains, or nothing known.
/// </summary>
internal sealed class LiteralSet
{
    private const int MostExact = 64;

    private LiteralSet(HashSet<string>? exact, HashSet<string>? required)
    {
        Exact = exact;
        Required = required;
    }

    public static LiteralSet Unknown { get; } = new(null, null);

    public static LiteralSet Empty { get; } = OfExact([string.Empty]);

    /// <summary>Every match is one of these strings.</summary>
    public HashSet<string>? Exact { get; }

    /// <summary>Every match contains one of these strings.</summary>
    public HashSet<string>? Required { get; }

    public static LiteralSet OfExact(IEnumerable<string> strings) => new(new HashSet<string>(strings, StringComparer.Ordinal), null);

    /// <summary>The strings one of which every match contains, or null when a match may contain none.</summary>
    public HashSet<string>? Needles() => Exact is null ? Required : NeedlesOf(Exact);

    public static LiteralSet Sequence(IReadOnlyList<LiteralSet> parts)
    {
        HashSet<string> run = [string.Empty];
        HashSet<string>? best = null;
        var allExact = true;
        foreach (var part in parts)
        {
            if (part.Exact is not null && run.Count * part.Exact.Count <= MostExact)
            {
                run = [.. run.SelectMany(_ => part.Exact, (left, right) => left + right)];
                continue;
            }

            allExact = false;
            best = Better(best, NeedlesOf(run));
            if (part.Exact is not null)
            {
                run = part.Exact;
            }
            else
            {
                best = Better(best, part.Required);
                run = [string.Empty];
            }
        }

        return allExact ? new LiteralSet(run, null) : new LiteralSet(null, Better(best, NeedlesOf(run)));
    }

    public static LiteralSet Alternation(IReadOnlyList<LiteralSet> branches)
    {
        if (branches.All(b => b.Exact is not null))
        {
            var union = new HashSet<string>(branches.SelectMany(b => b.Exact!), StringComparer.Ordinal);
            if (union.Count <= MostExact)
            {
                return new LiteralSet(union, null);
            }
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            if (branch.Needles() is not { } needles)
            {
                return Unknown;
            }

            required.UnionWith(needles);
        }

        return new LiteralSet(null, Minimal(required));
    }

    public static LiteralSet Repeat(LiteralSet item, int min, int max)
    {
        if (min == 1 && max == 1)
        {
            return item;
        }

        if (min == 0)
        {
            return max == 1 && item.Exact is { Count: < MostExact } exact ? OfExact(exact.Append(string.Empty)) : Unknown;
        }

        return new LiteralSet(null, item.Needles());
    }

    private static HashSet<string>? NeedlesOf(HashSet<string> exact) => exact.Contains(string.Empty) ? null : Minimal(exact);

    /// <summary>Drops strings that contain another member: finding the shorter one is enough.</summary>
    private static HashSet<string> Minimal(HashSet<string> strings) =>
        new(strings.Where(s => !strings.Any(o => o.Length < s.Length && s.Contains(o, StringComparison.Ordinal))), StringComparer.Ordinal);

    /// <summary>The more selective of two needle sets: longer shortest needle, then fewer needles.</summary>
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (shortestA, shortestB) = (a.Min(s => s.Length), b.Min(s => s.Length));
        return shortestA != shortestB ? (shortestA > shortestB ? a : b) : (b.Count < a.Count ? b : a);
    }
}
