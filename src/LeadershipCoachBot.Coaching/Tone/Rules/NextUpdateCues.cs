using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// A next update with a clock time, an interval, a named day or date, or a named meeting.
/// "Soon", "shortly", "more to follow" or "when we know more" do not count.
/// </summary>
internal static class NextUpdateCues
{
    private const string When = @"(?:" + ConcreteTime + "|" + Interval + "|" + Meeting + ")";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("next-update.labelled", @"\b(?:next|further|following)\s+(?:status\s+)?(?:update|report|briefing|check-in|post|bulletin)s?\b",
            "Next update at 16:30 UTC.")
        {
            RequiresSentence = When,
            NearMiss = "Next update when the vendor replies.",
        },
        new("next-update.promised", @"\b(?:I'll|I\s+will|we'll|we\s+will|I'm\s+going\s+to|we're\s+going\s+to)\s+(?:post|publish|update|send|share|report|brief|write|come\s+back|be\s+back|check\s+in|circle\s+back|follow\s+up|give\s+(?:you\s+)?an?\s+update)\b",
            "I'll update you on Thursday evening.")
        {
            RequiresSentence = When,
            NearMiss = "We'll post more when we know more.",
        },
        new("next-update.headed", @"^(?:update|updates|status|report)\s*:?\s+(?:at\s+|on\s+|by\s+|every\s+)?" + When,
            "Update Friday.")
        {
        },
        new("next-update.presents", @"\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:present|report\s+(?:back|on|to)|brief\s+(?:the|you|us)|take\s+(?:the|this|it)\s+(?:[\w-]+\s+){0,2}?to)\b",
            "Finance will present the revised numbers at the April steering committee.")
        {
            RequiresSentence = When,
            NearMiss = "Finance will present the revised numbers when they are ready.",
        },
        new("next-update.report", @"\b(?:publish|share|send|circulate|post)\s+(?:a\s+|the\s+|our\s+)?(?:full|final|written|detailed|complete)\s+(?:report|write-?up|review|post-?mortem|incident\s+report)\b",
            "We'll publish a full report by Monday.")
        {
            RequiresSentence = When,
        },
        new("next-update.cadence", @"\b(?:updates?|status\s+(?:posts?|notes?))\s+(?:will\s+follow\s+|will\s+come\s+|here\s+|posted\s+)?" + Interval + @"\b",
            "Updates every 30 minutes until this is closed.")
        {
        },
    ];
}
