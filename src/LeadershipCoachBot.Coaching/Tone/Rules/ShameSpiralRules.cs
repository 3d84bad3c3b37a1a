using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Verdicts on one's own worth and resignation drama; a calm statement of consequences is not one.</summary>
internal static class ShameSpiralRules
{
    private const string Carry = "Carry the consequence, not a verdict: \"I got this wrong, and putting it right is my focus now.\"";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("shame.self-verdict", @"\b" + Im + @"\s+(?:\w+\s+){0,2}?(?:useless|hopeless|incompetent|worthless|pathetic|unfit|an?\s+(?:\w+\s+){0,2}?(?:failure|fraud|disgrace|liability|embarrassment|idiot|joke|impostor|imposter|clown)|the\s+(?:weak\s+link|worst\s+\w+|problem\s+here)|bad\s+at\s+(?:this|my\s+job|leading)|not\s+cut\s+out|not\s+(?:good|smart|strong|competent)\s+enough|not\s+fit\s+(?:to\s+(?:lead|manage|run|be\s+\w+ing|\w+\s+for)|for\s+(?:this|the|my))|not\s+(?:the\s+(?:right\s+)?(?:person|leader|one))\s+(?:for|to\s+lead)\s+(?:this|the\s+job|this\s+role|you|the\s+team)|a\s+terrible\s+\w+)\b",
            "Honestly, I'm a fraud in this role.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
            NearMiss = "I'm not the right person to answer that, so I've asked Lee.",
        },
        new("shame.better-off", @"\b(?:better\s+off\s+without\s+me|someone\s+better\s+(?:for|in|to\s+do)\s+my\s+(?:role|job|position|seat)|(?:time\s+(?:you|we)\s+)?found\s+someone\s+better|(?:you|they|the\s+team|everyone|this\s+team)\s+(?:all\s+)?deserves?\s+(?:a\s+better|better|someone\s+better|a\s+(?:\w+\s+)?(?:leader|manager|director|lead|boss)\s+who)|(?:don'?t|do\s+not)\s+deserve\s+(?:this|my|the|to\s+(?:lead|be))\s*(?:role|job|team|title|position|trust)?|walking\s+liability)\b",
            "You'd be better off without me running this.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
        },
        new("shame.resignation", @"\b(?:(?:I'm|I\s+am|I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to|I've\s+decided\s+to|I\s+have\s+decided\s+to)\s+(?:\w+\s+)?(?:resign|step\s+down|quit|hand\s+in\s+my\s+notice)|my\s+resignation|(?:find|found|finding)\s+(?:a\s+)?replacement\s+for\s+me|find\s+my\s+replacement|replacement\s+for\s+me|don'?t\s+count\s+on\s+me)\b",
            "I'm going to resign once this is cleaned up.")
        {
            Severity = FindingSeverity.High,
            Suggestion = "Stay with the repair: \"I got this wrong, and I'm staying to put it right.\"",
        },
        new("shame.should-be-punished", @"\b(?:I\s+should\s+(?:be\s+(?:stripped|fired|removed|demoted|sacked|replaced|taken\s+off)|never\s+have\s+been\s+(?:given|hired|trusted|promoted|put\s+in\s+charge|allowed))|shouldn'?t\s+be\s+(?:a|an|the|your|in)\s+(?:\w+\s+)?(?:director|manager|leader|lead|head|vp|cto|engineer|charge|role))\b",
            "I should be taken off the platform group after this.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
        },
        new("shame.failed-everyone", @"\b(?:I've|I\s+have|I)\s+(?:let|failed)\s+(?:every\s+(?:one|single\s+one)\s+of\s+you|all\s+of\s+you|everyone|everybody|you\s+all|the\s+whole\s+(?:team|company))\b|\bI\s+ruin\s+(?:things|everything)|\bstop\s+hurting\s+(?:this|the|my)\s+team\b|\bhate\s+myself\b|\bI\s+(?:keep|always)\s+(?:getting\s+(?:\w+\s+){0,2}?wrong|messing\s+(?:\w+\s+)?up|screwing\s+(?:\w+\s+)?up|making\s+the\s+same\s+mistakes?)|\beverything\s+I\s+touch\b|\b(?:can'?t|never)\s+forgive\s+myself\b",
            "I've failed every one of you this quarter.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
            NearMiss = "I let you down on the date, and I'm sorry.",
        },
        new("shame.self-disgust", @"\b(?:lost\s+the\s+plot|my\s+fingerprints\s+on\s+it|what\s+kind\s+of\s+(?:\w+\s+){0,2}?(?:leader|manager|director|engineer|person|head|lead)|keep\s+listening\s+to\s+me|sick\s+to\s+my\s+stomach|only\s+decent\s+thing|" + Cant + @"\s+look\s+(?:any\s+of\s+)?(?:you|them|anyone)[\w\s,]{0,40}?\s+in\s+the\s+eye|(?:don'?t|do\s+not)\s+have\s+the\s+(?:judg(?:e)?ment|skills|competence|chops)\s+(?:this|the|for)|(?:I've|I\s+have)\s+embarrassed\s+(?:the|our|this)\s+(?:company|team|org|organisation|organization|business))\b",
            "What kind of leader ships that on a Friday?")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
        },
        new("shame.ashamed", @"\b" + Im + @"\s+(?:so\s+|deeply\s+|really\s+|honestly\s+|utterly\s+|truly\s+)?(?:ashamed|mortified|embarrassed\s+to\s+(?:still\s+)?be)\b",
            "I'm so ashamed of how this went.")
        {
            Weight = 1, Severity = FindingSeverity.Medium,
            Suggestion = "Name the act, not your worth: \"I got this call wrong, and I'm fixing it.\"",
        },
        new("shame.self-insult", @"\b(?:I\s+was|I'?m|I\s+am|me)\s+(?:a|an|such\s+an?)\s+(?:\w+\s+)?(?:idiot|moron|fool|dumbass|brainlet|clown)\b|\bmy\s+dumbass\b|\bI'?m\s+(?:so\s+)?(?:stupid|dumb)\b|\bI\s+was\s+(?:so\s+)?(?:stupid|dumb)\b",
            "I was a stubborn fool about the patch.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
            NearMiss = "The patch looked foolproof to me.",
        },
        new("shame.worth", @"\bmore\s+harm\s+than\s+good\b|\b(?:doubt|question(?:ing)?)\s+(?:my|your)\s+(?:own\s+)?(?:competence|worth|ability|abilities)\b|\bgood\s+enough\s+to\s+(?:do|lead|run)\s+(?:this|it)\b|\bpromises\s+I\s+(?:made|gave)\s+(?:became|were|turned\s+into)\s+lies\b|\bemotional\s+break\s*-?down\b|\bnot\s+a\s+(?:very\s+)?good\s+(?:leader|manager|person|founder|engineer|maintainer|lead|boss)\b|\bnot\s+sure\s+(?:that\s+)?I\s+should\s+(?:still\s+)?be\s+(?:leading|running|managing|in\s+charge\s+of)\b",
            "Some days I think I do more harm than good here.")
        {
            Severity = FindingSeverity.High, Suggestion = Carry,
            NearMiss = "The rollback did more good than harm.",
        },
    ];
}
