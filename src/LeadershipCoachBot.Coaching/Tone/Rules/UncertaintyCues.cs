using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>At least one named open question. "Investigating" or "monitoring" alone does not count.</summary>
internal static class UncertaintyCues
{
    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("uncertainty.unknown", @"\b(?:still\s+|as\s+yet\s+|yet\s+)?unknown\b|\bnot\s+(?:yet\s+|fully\s+)?(?:known|clear|confirmed|certain|understood)\b|\bunclear\b|\buncertain(?:ty)?\b|\b(?:still\s+)?open\s*:|\bopen\s+questions?\b|\bunanswered\s+questions?\b|\bquestions?\s+(?:still\s+)?remains?\b",
            "Unknown: whether the nightly backups were touched.")
        {
            NearMiss = "The known causes are listed below.",
        },
        new("uncertainty.dont-know", @"\b(?:" + Dont + @"|doesn'?t|does\s+not|can'?t|cannot)\s+(?:yet\s+|fully\s+)?(?:know|tell|say|confirm|rule\s+out|explain)\s*(?:yet\s+)?(?:whether|if|how|what|why|when|which|who|the\s+cause|the\s+full)|\b(?:" + Dont + @"|doesn'?t)\s+(?:yet\s+)?know\s+yet\b|\bwhat\s+we\s+(?:" + Dont + @"|still\s+don'?t)\s+(?:yet\s+)?know\b|\bwe\s+(?:still\s+)?(?:" + Dont + @")\s+(?:yet\s+)?know\b",
            "We don't yet know whether any invoices were duplicated.")
        {
        },
        new("uncertainty.working-out", @"\b(?:working\s+out|checking|establishing|confirming|investigating|assessing|verifying|trying\s+to\s+(?:establish|understand|find\s+out)|looking\s+at)\s+whether\b|\bno\s+(?:eta|estimate|root\s+cause|firm\s+(?:eta|date))\s*(?:yet)?\b|\byet\s+to\s+(?:confirm|determine|establish|understand|find\s+out|learn)\b|\btoo\s+early\s+to\s+(?:say|tell|know)\b|\b(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?(?:established|confirmed|determined|worked\s+out|found\s+out|pinned\s+down|ruled\s+out|traced)\s+(?:yet\s+)?(?:whether|if|why|how|what|which|who|when|the\s+(?:cause|root))\b|\b(?:we'll|we\s+will)\s+know\s+(?:more\s+)?(?:when|by|once|after)\b|\bnot\s+sure\s+(?:yet\s+)?(?:whether|if|how|what|why|when|which)\b|\bstill\s+(?:investigating|working\s+out|trying\s+to\s+(?:understand|find\s+out|establish))\s+(?:how|why|what|which|where|whether)\b|\b(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?found\s+(?:out\s+)?(?:what|why|how|which|where|the\s+(?:cause|source))\b",
            "We're still working out whether the retries double-charged anyone.")
        {
        },
        new("uncertainty.no-estimate", @"\b(?:do\s+not|don'?t|doesn'?t|does\s+not)\s+(?:yet\s+|currently\s+)?have\s+(?:an?\s+|any\s+)?(?:eta|estimate|timeline|timescale|firm\s+date|root\s+cause|answer|explanation)\b|\b(?:can'?t|cannot|unable\s+to)\s+(?:yet\s+|currently\s+)?(?:estimate|predict|determine)\b|\btoo\s+early\s+(?:[\w-]+\s+){0,6}?to\s+(?:say|tell|know|provide|give|estimate|confirm)\b|\bbest\s+(?:guess|estimate)\b|\b(?:can'?t|cannot)\s+rule\s+out\b|\b(?:nor|not)\s+(?:is|was)\s+it\s+(?:yet\s+)?(?:understood|known|clear)\b|\bslight\s+chance\b|\b(?:could|may|might)\s+(?:potentially\s+)?take\s+(?:several|many|a\s+few|up\s+to|days|weeks|longer)\b|\b(?:weeks?|days?|hours?)\s+at\s+least\b|\binvestigation\s+will\s+(?:have\s+to\s+)?(?:prove|show|determine|tell)\b|\bif\s+and\s+when\b",
            "We don't have an ETA for the repair yet.")
        {
            NearMiss = "We have an ETA for the repair: 16:00.",
        },
    ];
}
