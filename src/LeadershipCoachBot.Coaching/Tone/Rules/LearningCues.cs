using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// An explicit wrong assumption, blind spot or lesson. Generic "lessons learned", a mechanical root cause
/// or a lesson only implied by the next steps do not count.
/// </summary>
internal static class LearningCues
{
    private const string FirstPerson = @"\b(?:I|we|my|our|me|us)\b";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("learning.assumed", @"\b(?:I|we)(?:\s+had|'d)?\s+(?:also\s+|wrongly\s+|naively\s+|simply\s+|just\s+)?(?:assumed|believed|expected|trusted|presumed|took\s+(?:it\s+)?for\s+granted|relied\s+on|treated|accepted|underestimated|overestimated|misjudged|misread|overlooked|bet\s+that|took\s+(?:that|it|this|the\s+[\w-]+)\s+as|thought\s+(?:that|the|it|our|we|this|they|a|an))\b",
            "I assumed the replica would keep up under peak load; it didn't.")
        {
            UnlessBefore = @"\bthan\s+$",
            NearMiss = "The restore took longer than I expected.",
        },
        new("learning.didnt-check", @"\b(?:I|we)\s+(?:\w+\s+){0,8}?(?:" + Didnt + @"|never|failed\s+to)\s+(?:ask|check|test|consider|verify|question|account\s+for|plan\s+for|involve|weigh|give\s+enough|look\s+at|think\s+about|validate|compare|confirm|model|rehearse)\b",
            "I approved it as routine and didn't ask whether the defaults had changed.")
        {
            UnlessSentence = @"\b(?:he|she|they|the\s+[\w-]+\s+team)\s+(?:" + Didnt + @"|never)\b",
        },
        new("learning.what-we-got-wrong", @"\bwhat\s+(?:I|we)\s+(?:got\s+wrong|misjudged|missed|underestimated|overlooked|didn'?t\s+see|should\s+have\s+seen|learned|learnt|know\s+now)\b|\blessons?\s*(?:learned|learnt|for\s+me|for\s+us)?\s*:|\bthe\s+lesson\s+(?:is|was|here|for\s+(?:me|us))\b|\b(?:I|we)\s+(?:have\s+|'ve\s+)?(?:learned|learnt)\s+(?:that|the\s+hard\s+way|how|not\s+to)\b|\btaught\s+(?:me|us)\s+(?:that|to|how)\b|\bwhere\s+I\s+went\s+wrong\b|\berr(?:or)?\s+of\s+my\s+ways\b|\bmy\s+mistake\s+was\b",
            "What I misjudged was how long the backfill would take.")
        {
            NearMiss = "Lessons learned, and we'll learn from this.",
        },
        new("learning.blind-spot", @"\bblind\s*-?spots?\b|\bwrong\s+assumptions?\b|\b(?:my|our|the)\s+(?:key\s+|core\s+|main\s+)?assumption\s+(?:was|that|had\s+been)\b|\bon\s+the\s+(?:basis|assumption|premise)\s+that\b|\bassumption\s+(?:turned\s+out|proved)\b",
            "My assumption was that the batch window would never overlap with peak.")
        {
        },
        new("learning.should-have", @"\b(?:I|we)\s+should\s+have\s+(?:asked|checked|tested|insisted|waited|staged|piloted|listened|involved|questioned|verified|run|built|planned|consulted|looked|compared|required|rehearsed|modelled|modeled|measured|\p{Ll}+ed|dug|known|seen|caught|spotted|kept|held|split|set|read|told)\b|\b(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+covered\s+by\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:tests?|testing|checks?|monitoring|review|qa)\b",
            "I should have insisted on a dry run with real data.")
        {
        },
        new("learning.gap-in-checks", @"\b(?:our|the|my)\s+(?:[\w'-]+\s+){0,2}?(?:tests?|testing|checks?|checklist|load[\s-]tests?|evaluation|validation|parallel\s+run|dry[\s-]run|plan|monitoring|alerting|test\s+data|test\s+plan|runbook|review|staging)\s+(?:" + Didnt + @"|never|doesn'?t|don'?t|wasn'?t|weren'?t|had\s+no|only)\s+(?:cover|include|catch|test|check|compare|consider|exercise|reflect|see|spot|model|have|account|measure|look\s+at|run\s+on|contain)",
            "Our load test only covered the read path.")
        {
        },
        new("learning.looked-safe", @"\b(?:looked|seemed|felt|appeared)\s+(?:like\s+)?(?:a\s+|an\s+)?(?:low[\s-]risk|safe|routine|simple|harmless|straightforward|trivial|minor)\b",
            "I went ahead because it looked like a low-risk change.")
        {
            RequiresSentence = FirstPerson,
        },
        new("learning.realised", @"\b(?:I|we)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+aware\s+(?:of|that)\b|\b(?:didn'?t|did\s+not)\s+(?:think|realise|realize|anticipate|foresee|appreciate)\s+(?:it|this|that|how|the|we|our)\b|\bnote\s+to\s+self\b|\b(?:I|we)\s+(?:learned|learnt)\s+(?:something|a\s+lot|a\s+lesson)\b|\bshould(?:n'?t|\s+not)\s+(?:be|have\s+been)\s+the\s+norm\b",
            "I wasn't aware of what the retry setting did under load.")
        {
            UnlessBefore = @"\b(?:they|he|she|you|the\s+[\w-]+)\s+$",
            NearMiss = "They didn't think it mattered, and said so.",
        },
    ];
}
