using static LeadershipCoachBot.Coaching.ToneReview.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.ToneReview.Rules;

/// <summary>
/// Signals that the writer's feelings, body, career or image are taking over. Weighed across the whole draft:
/// one honest line of feeling stays under the threshold.
/// </summary>
internal static class SelfCenteringRules
{
    private const string Recentre = "Keep one line about yourself and give the rest to the people affected: \"I'm frustrated too; here is what we're doing for you.\"";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("self.sleep", @"\b(?:(?:barely|haven'?t|hardly|not|given\s+up\s+on|can'?t|couldn'?t)\s+(?:slept|sleeping|sleep)|(?:hours?|nights?)\s+of\s+sleep|(?:lain|lying|lie|lay)\s+awake|up\s+all\s+night|sleepless|it'?s\s+\d{1,2}\s?am\b|awake\s+(?:since|for)|(?:until|till|past)\s+\d{1,2}\s?am\b|\bsince\s+\d{1,2}\s?am\s+and\s+I)\b",
            "I've barely slept since the outage.") { Suggestion = Recentre },
        new("self.body", @"\b(?:migraine|headaches?|chest\s+pains?|panic\s+attacks?|burn(?:ed|t)\s+out|running\s+on\s+(?:empty|fumes)|(?:haven'?t|hardly|barely|not)\s+(?:eaten|had\s+a\s+(?:proper\s+)?(?:meal|break|day\s+off))|(?:last\s+time\s+I|I\s+haven'?t)\s+(?:ate|eaten|had)\s+(?:a\s+)?(?:proper\s+)?(?:lunch|dinner|meal|break)|exhausted|flattened\s+me|(?:taken|taking|took)\s+(?:a|its)\s+(?:real\s+|heavy\s+|huge\s+)?toll\s+on\s+me|broken\s+something\s+in\s+me|to\s+calm\s+(?:myself\s+)?down|can'?t\s+concentrate|falling\s+apart|my\s+(?:health|blood\s+pressure))\b",
            "I've had a migraine since Tuesday.") { Suggestion = Recentre },
        new("self.strain", @"\b(?:stressful|hard\s+on\s+me|cost\s+me|toll\s+on\s+me|humiliat\w+|dreading|dreaded|felt\s+(?:more\s+|so\s+|very\s+)?alone|(?:need|needed)\s+to\s+vent|(?:brutal|hell|a\s+nightmare|horrible|awful|exhausting|draining|miserable|torture|rough)\s+(?:for|on)\s+me\b|for\s+me\s+personally|rant\s+over|trying\s+to\s+survive|grilled|toughest\s+(?:stretch|week|month|year)|worst\s+(?:week|month|year)\s+of\s+my)\b",
            "It's been the toughest stretch of my working life.") { Suggestion = Recentre },
        new("self.no-idea", @"\byou\s+have\s+no\s+idea\s+how\b", "You have no idea how hard this has been.") { Suggestion = Recentre },
        new("self.on-my-side", @"\bon\s+my\s+(?:side|end|back|plate|shoulders)\b", "with the VP on my back all week")
        {
            Weight = 1, Suggestion = Recentre,
        },
        new("self.image", @"\b(?:my\s+(?:reputation|credibility|career|standing|legacy|image|next\s+move|time\s+here|promotion|bonus)|(?:options|opportunities|jobs)\s+elsewhere|watching\s+me\s+fail|(?:lose|losing|lost)\s+faith\s+in\s+me|the\s+whole\s+(?:company|org|organisation|organization)\s+is\s+watching|make\s+me\s+look|(?:think|thinks|thought)\s+of\s+me\b|(?:look|looks|reflect|reflects)\s+(?:on|for)\s+me\b|my\s+(?:review|performance\s+review|appraisal|rating))\b",
            "My credibility with the board is gone.") { Suggestion = Recentre, NearMiss = "This changes nothing about your standing here." },
        new("self.family", @"\bmy\s+(?:kids|kids'|children|children's|partner|wife|husband|family|spouse|son|daughter)\b|\bfamily\s+(?:holiday|vacation|time|dinner)\b|\bmy\s+(?:holiday|vacation|birthday|anniversary|weekend\s+plans|time\s+off)\b",
            "I missed my daughter's recital for this.") { Suggestion = Recentre },
        new("self.feeling", @"\b(?:" + Im + @"|I\s+feel|I've\s+been\s+feeling|I\s+felt)\s+(?:so\s+|really\s+|honestly\s+|just\s+|pretty\s+)?(?:frustrated|disappointed|gutted|upset|tired|drained|devastated|overwhelmed|heartbroken|crushed|angry|anxious|worried|sad|miserable|lost)\b",
            "I'm frustrated too.")
        {
            Weight = 1, Suggestion = Recentre,
        },
    ];
}
