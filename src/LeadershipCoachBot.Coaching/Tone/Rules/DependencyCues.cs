using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// The writer owns the choice of a supplier or dependency ("relying on one provider was our call"). With it, a
/// supplier's confirmed fault is context, not blame; without it, the same sentence puts the cause outside.
/// </summary>
internal static class DependencyCues
{
    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("dependency.choice-owned", @"\b(?:choosing|picking|selecting|relying\s+on|depending\s+on|using|trusting|buying\s+from)\s+(?:[\w'-]+\s+){0,6}?(?:was|is)\s+(?:my|our)\s+(?:own\s+)?(?:call|decision|choice|mistake|doing|responsibility)\b",
            "Relying on one payment gateway with no fallback was my call.")
        {
            NearMiss = "Relying on the gateway's status page was their suggestion.",
        },
        new("dependency.we-chose", @"\b(?:I|we)(?:\s+had|'d)?\s+(?:chose|picked|selected|decided\s+to\s+(?:use|rely\s+on)|relied\s+on|signed\s+with|bet\s+on)\s+(?:[\w'-]+\s+){0,4}?" + Supplier + @"\b",
            "We chose a single hosting provider for every region, and that is on us.")
        {
            NearMiss = "The hosting provider chose to restart every region at once.",
        },
    ];
}
