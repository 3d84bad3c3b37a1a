namespace LeadershipCoachBot.Coaching.ToneReview.Rules;

/// <summary>
/// Who or what was affected plus some measure of extent. "Some users", "a few reports" or "the disruption"
/// do not count; in an apology the concrete cost to the reader does.
/// </summary>
internal static class ImpactCues
{
    private const string Harm =
        @"\b(?:affected|impacted|fail(?:ed|ing|s|ures?)?|lost|loss|down|outage|(?:went|go|gone|was|were|is|are|been)\s+offline|offline\s+(?:for|since)|unavailable|errors?|declined|rejected|delayed|overcharged|over-?charged|couldn'?t|could\s+not|cannot|can'?t|missed|timed\s+out|timeouts?|dropped|deleted|exposed|accessible|visible|leaked|late|slipped|overspent|over\s+budget|spent|paid|differ|differs|differed|mismatch\w*|seconds|latency|slower|(?:was|were|is|are|could|did|does|do|had|has|have|would)n'?t|double|duplicate|blocked|banned|frozen|froze|stale|wrong|wrongly|incorrect|broke|broken|disrupted|slow|stopped|no\s+(?:new|data|service|access|alerts?|signal|connectivity|mobile|power|heating|locations?|updates?|records?|way|longer|bus|trains?|payments?)|not|without|instead\s+of|too\s+(?:low|high)|left|nearly\s+left|quit|refunds?|credits?|escalations|complaints|gap|empty|spam|suspect|crashed|crash|degraded|inaccurate|mis-?\w+|had\s+to|were\s+billed|billed|charged|short-?handed|shortfall|penalt\w+|fines?|on\s+paper|by\s+hand|manual(?:ly)?|re-?sit|resale)\b";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("impact.counted-harm", @"(?:(?:^|[\s(~≈])\d[\d,.]*\s*(?:%|percent\b|k\b|m\b|x\b)|[$£€¥]\s?\d|(?:^|[\s(~≈])\d[\d,.]*\s+(?:[\w'-]+\s+){0,3}?(?:[a-z-]+s)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|a\s+third|a\s+quarter|most|all|every|entire|whole)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+|their\s+)?(?:[\w'-]+\s+){0,2}?[a-z-]+s\b|\b\d+\s+in\s+\d+\b|\bevery\s+(?:[\w-]+\s+)?" + Lexicon.Affected + @"\b|\bevery\s+(?:single\s+)?(?:one|ward|depot|tenant|store|branch|school|market|title|channel|device|team|service|region)\b)",
            "About 2,300 parcels went out with the wrong service level.")
        {
            RequiresSentence = Harm,
            NearMiss = "Some customers may have noticed a problem.",
        },
        new("impact.money", @"[$£€¥]\s?\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)?\b",
            "The overrun has cost us $1.9M against plan.")
        {
            RequiresSentence = @"\b(?:cost|costs|spent|overrun|over\s+plan|over\s+budget|refund\w*|credit\w*|lost|shortfall|bill|fines?|penalt\w+|overcharg\w+|overspen\w+|delayed|compute|revenue|owed)\b",
            NearMiss = "We are investing $50k in new tooling.",
        },
        new("impact.duration", @"\b(?:for|over|during)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|the\s+(?:first|best\s+part\s+of)\s+|most\s+of\s+(?:the\s+)?)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|whole|entire)\s+(?:[\w-]+\s+)?(?:minutes?|mins?|hours?|days?|weeks?|months?|weekends?|nights?|morning|afternoon|evening|day|run|shift)\b|\bbetween\s+\d{1,2}[:.]\d{2}\s+(?:\w+\s+)?and\s+\d{1,2}[:.]\d{2}|\bfrom\s+\d{1,2}[:.]\d{2}\s+(?:\w+\s+)?(?:to|until|till)\s+\d{1,2}[:.]\d{2}|\bsince\s+\d{1,2}[:.]\d{2}|\bfor\s+(?:most|all|much)\s+of\s+(?:the\s+(?:day|morning|afternoon|evening|night|week|weekend)|" + Lexicon.Weekday + @")",
            "Checkout failed for about three hours on Tuesday.")
        {
            RequiresSentence = Harm,
        },
        new("impact.cost-to-you", @"\b(?:cost|costing)\s+(?:you|your|them|the\s+team)\b|\byou\s+(?:all\s+)?(?:lost|spent|worked|missed|had\s+to|paid|gave\s+up|took)\b|\byour\s+(?:team|teams|nurses|staff|people|engineers|weekend|evening|night|holiday)\s+(?:\w+\s+)?(?:spent|took|had\s+to|worked|lost|missed|phoned|answered|tracked|fielded)\b|\bmade\s+you\s+look\b|\byou'?ve\s+(?:lost|spent|worked|missed|had\s+to)\b",
            "You lost your Saturday to the cleanup.")
        {
            NearMiss = "You've borne the brunt of it.",
        },
    ];
}
