using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>First-person ownership of the decision or its impact. A plain "we" describing work is not ownership.</summary>
internal static class OwnershipCues
{
    private const string DecisionNoun =
        @"(?:call|decision|design|project|idea|choice|doing|fault|responsibility|mistake|error|plan|bet|change|hire|recommendation|proposal|sign-?off|judg(?:e)?ment|push|initiative|approval|misjudg(?:e)?ment|failure|miss|oversight|rollout|migration|architecture|timeline|date|deadline|sizing|estimate|mess|problem\s+to\s+fix)";

    private const string Conditional = @"\b(?:if|unless|whether|even\s+if|suppose|supposing)\b";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("ownership.was-mine", @"\b(?:was|is|were|are|'s|remains?)\s+(?:all\s+|entirely\s+|squarely\s+|fully\s+|wholly\s+|solely\s+)?(?:mine\b|my\s+(?:own\s+)?(?:bad\s+|wrong\s+|poor\s+)?" + DecisionNoun + @"\b)",
            "Moving billing to the new cluster was my call.")
        {
            UnlessBefore = Conditional, UnlessSentence = @"\bpet\s+project\b",
            NearMiss = "The rota was never my decision.",
        },
        new("ownership.my-decision-to", @"\bmy\s+(?:call|decision|choice|idea|recommendation)\s+(?:to|was\s+to)\b|\b(?:mine|my\s+mess)\s+to\s+(?:own|fix|close|answer\s+for)\b|\bthat\s+(?:cost|gap|mess|one)\s+is\s+mine\b",
            "The outage is mine to own.")
        {
            UnlessBefore = Conditional,
        },
        new("ownership.on-me", @"\b(?:that'?s|this\s+is|it'?s|that\s+is|this'?s|it\s+is|is|was|that\s+was|this\s+was|that\s+one'?s)\s+(?:all\s+|entirely\s+|squarely\s+|completely\s+|100%\s+)?on\s+(?:me|us)\b",
            "The missed date is on me.")
        {
            UnlessBefore = Conditional,
            NearMiss = "If you skipped the briefing, that isn't really on me.",
        },
        new("ownership.i-own", @"\bI\s+(?:also\s+|fully\s+|completely\s+|personally\s+)?own\s+(?:this|that|it|the|my|all|what|every)\b|\b(?:I\s+take|I'll\s+take|I\s+accept)\s+(?:full\s+|complete\s+|total\s+|personal\s+)?(?:responsibility|ownership|accountability|the\s+blame|the\s+heat|the\s+hit|the\s+fall)\b|\b" + Im + @"\s+(?:fully\s+|personally\s+)?(?:responsible|accountable)\s+for\b|\bI\s+also\s+own\b|\bwhich\s+I\s+(?:also\s+)?own\b|\b(?:it|the\s+[\w-]+)\s+I\s+(?:also\s+)?own\b",
            "I own the decision and what it cost you.")
        {
            UnlessBefore = Conditional + @"|\b(?:not|never|n't)\s+$",
        },
        new("ownership.i-decided", @"\bI(?:'d|\s+had)?\s+(?:personally\s+|also\s+|alone\s+|myself\s+|then\s+)?(?:approved|signed\s+off|signed-off|pushed(?:\s+for|\s+through|\s+ahead)?|championed|chose|picked|selected|greenlit|green-lit|rushed|overrode|overruled|argued\s+for|insisted|set\s+the\s+(?:date|deadline|timeline|cutover)|designed|deferred|downplayed|dismissed|waved\s+through|authori[sz]ed|sponsored|rolled\s+out|shipped|launched|deployed|planned|sized|underestimated|misjudged|made\s+(?:the|that|this|a|an)\s+(?:wrong\s+|bad\s+|poor\s+|final\s+)?(?:call|decision|hire|change|choice|mistake|error)|decided\s+to|moved|merged|published|consolidated|swapped|migrated|scheduled|changed|rewrote|re-wrote|introduced|removed|froze|ordered|proposed|promised|let\s+(?:the|that|this|it)\s+(?:[\w-]+\s+){0,2}?(?:expire|lapse|slip|go\s+out|ship)|wrote\s+(?:the|that|this|it)|made\s+(?:the|that)\s+[\w-]+\s+(?:call|decision|change|hire))\b",
            "I signed off the cutover without a rehearsal.")
        {
            UnlessBefore = Conditional,
            NearMiss = "I've switched the feature off for now.",
        },
        new("ownership.thing-i-approved", @"\b(?:the|that|this|a|which|our)\s+(?:[\w'-]+\s+){0,3}?[\w-]+\s+(?:that\s+|which\s+)?I(?:\s+had|'d)?\s+(?:approved|signed\s+off|pushed(?:\s+for|\s+through)?|put\s+in\s+place|introduced|championed|chose|scheduled|designed|wrote|made|argued\s+for|rolled\s+out|backed|greenlit|launched|set|sponsored|ran|deployed|configured|proposed|picked|drove|led|recommended|rushed|built)\b",
            "The schema change I approved locked the orders table.")
        {
            UnlessBefore = Conditional,
            NearMiss = "The plan Jo approved locked the orders table.",
        },
        new("ownership.decisions-i-made", @"\b(?:decisions?|calls?|choices?|bets?|change|plan)\s+(?:that\s+)?I(?:'ve|\s+have)?\s+(?:made|pushed|approved|backed|championed)\b|\bI'?m\s+the\s+one\s+who\s+(?:\w+ed|chose|made|set|pushed|signed|wrote|ran|led|took|got|let|put|sent|built|drove|broke|overrode|cut|shut)\b|\bI\s+was\s+the\s+one\s+who\b|\bit\s+was\s+me\s+who\b",
            "I'm the one who moved the launch forward.")
        {
            UnlessBefore = Conditional,
        },
        new("ownership.rests-with-me", @"\b(?:the\s+)?(?:accountability|responsibility|blame)\s+(?:for\s+(?:this|that|it|these\s+\w+|the\s+[\w-]+)\s+)?(?:rests|lies|sits|is|falls)\s+(?:fully\s+|squarely\s+|entirely\s+|solely\s+|wholly\s+)?(?:with|on)\s+me\b|\b(?:the\s+)?(?:accountability|responsibility)\s+(?:for\s+(?:this|that|it)\s+)?is\s+(?:all\s+)?mine\b",
            "Accountability for these cuts rests fully with me.")
        {
            UnlessBefore = @"\b(?:if|unless|whether|not|never|n't)\b[^,;]*$",
            NearMiss = "Accountability for the budget rests with the finance committee.",
        },
        new("ownership.my-call-fragment", @"^(?:(?:and|but|so)\s+)?my\s+(?:own\s+)?(?:call|decision|fault|mistake|doing|bad)\s*(?:[,.;:!\u2014-]|$|and\b)",
            "My call, and I stand by owning it.")
        {
            NearMiss = "My call with the vendor is at noon.",
        },
        new("ownership.got-it-wrong", @"\bI\s+(?:got|called|read|judged)\s+(?:[\w'-]+\s+){1,5}?wrong\b|\bI\s+(?:was|am)\s+wrong\s+(?:to|about)\b",
            "I got the staffing plan wrong.")
        {
            UnlessBefore = Conditional,
        },
        new("ownership.company-voice", @"\b(?:was|is)\s+our\s+(?:fault|mistake|responsibility|error)\b|\bwe\s+(?:fully\s+)?own\s+(?:this|that|it)\b|\bwe\s+take\s+(?:full\s+|complete\s+)?(?:responsibility|ownership)\b",
            "We chose this provider, and this is our fault.")
        {
            UnlessBefore = Conditional,
        },
        new("ownership.i-did-it", @"\bI(?:'ve|\s+have|'d|\s+had)?\s+(?:\w+ly\s+)?(?:made\s+the\s+(?:decision|call)|committed|broke|deleted|introduced|released|forgot|caused|ran\s+the)\b|\b(?:was|were|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+me\b|\bwrong\s+of\s+me\b|\b(?:bugs?|mistakes?|errors?)\s+I\s+(?:introduced|caused|made|am\s+responsible\s+for)\b",
            "The customer records were accidentally deleted by me.")
        {
            UnlessBefore = Conditional,
            NearMiss = "Marta broke the build, and I reverted it.",
        },
        new("ownership.we-failed", @"\bwe\s+(?:have\s+|clearly\s+)?(?:failed\s+(?:on|to\s+(?:keep|deliver|meet|protect|live\s+up)|you|our\s+(?:customers|users|members|promise))|let\s+(?:you|our\s+\w+|them|everyone|you\s+all)\s+down)\b|\b(?:the|that|this)\s+mistake\s+(?:is|was)\s+ours\b|\bwe\s+(?:got\s+(?:this|it|that)\s+wrong|made\s+(?:a|the|this|that)\s+mistake)\b",
            "We failed on our promise to keep your data safe.")
        {
            UnlessBefore = Conditional + @"|\b(?:not|never|n't)\s+$",
            NearMiss = "We failed over to the second region in four minutes.",
        },
    ];
}
