using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

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
        new("self.drained", @"\b(?:I'?m|I\s+am|I\s+was|I\s+felt|I\s+feel|I've\s+been|you\s+felt|you\s+feel)\s+(?:so\s+|really\s+|very\s+|just\s+|completely\s+|utterly\s+)?(?:tired|exhausted|pissed\s+off|freaking\s+out|betrayed|hurt|heartbroken|gutted|shattered)\b|\b(?:need|needed)\s+(?:a\s+)?(?:very\s+)?(?:long\s+)?(?:break|time\s+alone|some\s+time\s+(?:off|alone|away))\b|\bquite\s+exhausting\b|\b(?:it|reality)\s+hurts\b|\bemotional(?:ly)?\s+(?:trauma|needs|toll|wreck)\b|\bfreaking\s+out\b|\bmedical\s+issues\b",
            "Honestly, I'm so tired and I need a long break.")
        {
            Suggestion = Recentre,
            NearMiss = "You must be tired; take Friday off.",
        },
        new("self.attacked", @"\bdespise\s+(?:me|my)\b|\b(?:hate|rudeness|abuse|attacks?|comments)\s+(?:aimed\s+)?(?:at|on|about|towards)\s+me\b|\bpersonal\s+(?:comments|attacks|insults)\b|\b(?:asked|ask)\s+for\s+(?:a\s+little|some|basic)\s+respect\b|\beveryone\s+(?:is\s+)?(?:watching|blaming|judging)\s+me\b",
            "I keep reading personal attacks on the forum.")
        {
            Suggestion = Recentre,
            NearMiss = "We removed the personal data from the export.",
        },
        new("self.own-effort", @"\bI\s+was\s+personally\s+(?:on\s+(?:the\s+)?(?:scene|site|the\s+ground)|there)\b",
            "I was personally on site the whole night, even going so far as to carry cables.")
        {
            Suggestion = Recentre,
            NearMiss = "I was on the bridge call until the fix landed.",
        },
        new("self.for-me", @"\b(?:multiplied|doubled|ten\s+times\s+worse|far\s+worse)\s+(?:[\w-]+\s+){0,3}?for\s+me\b|\b(?:painful|difficult|hard|tough|rough)\s+day\s+(?:at\s+[\w-]+|for\s+(?:us|me))\b",
            "Whatever you felt was multiplied ten times for me.")
        {
            Suggestion = Recentre,
            NearMiss = "It was a hard day for you, and I'm sorry.",
        },
        new("self.self-image", @"\bI'?m\s+(?:a\s+)?(?:very\s+)?(?:self-motivated|positive|upbeat|strong)\s+person\b|\bI\s+(?:never|rarely)\s+let\s+(?:bad\s+energy|negativity|things)\b|\bI\s+lost\s+to\s+it\b|\btough\s+pill\s+to\s+swallow\b",
            "Anyone who knows me knows I'm a very positive person.")
        {
            Suggestion = Recentre,
            NearMiss = "The person who knows this system best is Ana.",
        },
        new("self.heartbreak", @"\b(?:hardest|toughest|most\s+painful|most\s+difficult)\s+(?:[\w-]+\s+){0,2}?(?:I(?:'ve|\s+have)\s+ever|of\s+my\s+(?:life|career))\b|\bI\s+(?:cried|wept|broke\s+down|sobbed)\b|\b(?:guts|gutted|broke|breaks|broken|crushed)\s+(?:me|my\s+heart)\b|\bI\s+am\s+broken\b|\bmy\s+(?:confidence|heart|spirit)\s+is\s+(?:shattered|broken|crushed)\b|\bmy\s+(?:mental\s+health|psyche|sanity)\b|\b(?:heartbreaking|devastating|agonising|agonizing)\s+for\s+me\b",
            "Writing this is the hardest thing I've ever had to do.")
        {
            Suggestion = Recentre,
            NearMiss = "The hardest part for our customers was the missing invoices.",
        },
        new("self.weighs-on-me", @"\bweighs?\s+(?:so\s+|very\s+)?(?:heavily\s+)?on\s+me\b|\bwith\s+a\s+(?:very\s+)?heavy\s+heart\b|\b(?:kept|keeps|keeping)\s+me\s+(?:up|awake)\b",
            "This decision weighs heavily on me.")
        {
            Weight = 1, Suggestion = Recentre,
            NearMiss = "This decision weighs heavily on the teams who lose their roles.",
        },
        new("self.means-to-me", @"\b(?:means?|meant)\s+(?:absolutely\s+)?everything\s+to\s+me\b|\bmy\s+(?:life'?s\s+work|baby|heart\s+and\s+soul)\b",
            "This platform means everything to me.")
        {
            Suggestion = Recentre,
            NearMiss = "This platform means a lot to our customers.",
        },
        new("self.lengths", @"\b(?:went|going|go)\s+so\s+far\s+as\s+to\b|\bpick(?:ed)?\s+up\s+a\s+(?:shovel|spade|wrench)\b|\b(?:100%|entirely|completely|totally|all)\s+for\s+free\b|\bafter\s+\d+\s+years\s+in\s+(?:this|the)\s+(?:industry|business|field|job)\b|\b(?:spent|given|gave|put\s+in|poured)\s+(?:\w+\s+){0,2}?(?:years|every\s+(?:weekend|evening|night)|(?:my\s+)?(?:evenings|weekends|nights))\b(?:\s+\w+){0,5}?\s+(?:for\s+nothing|and\s+(?:nobody|no\s+one)\s+(?:cares|seems\s+to\s+care|notices))\b|\bwhat\s+(?:it|this)\s+costs\s+me\b",
            "I did all of it for free, going so far as to pay for the servers myself.")
        {
            Suggestion = Recentre,
            NearMiss = "We went as far as the test plan allowed.",
        },
    ];
}
