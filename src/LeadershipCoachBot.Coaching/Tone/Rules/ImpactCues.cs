namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// Who or what was affected plus some measure of extent. "Some users", "a few reports" or "the disruption"
/// do not count; in an apology the concrete cost to the reader does.
/// </summary>
internal static class ImpactCues
{
    private const string Harm =
        @"\b(?:affected|impacted|fail(?:ed|ing|s|ures?)?|lost|loss|down|outage|(?:went|go|gone|was|were|is|are|been)\s+offline|offline\s+(?:for|since)|unavailable|errors?|declined|rejected|delayed|overcharged|over-?charged|couldn'?t|could\s+not|cannot|can'?t|missed|timed\s+out|timeouts?|dropped|deleted|deletes|removes|removed|exposed|accessible|visible|leaked|late|slipped|overspent|fewer|fell|fallen|grew|grown|rose|risen|doubled|tripled|spiked|jumped|reset|zero|wiped|erased|corrupt\w*|stalled|stuck|waiting|queued|pending|backlog(?:ged)?|resign\w*|transfer|gaps?|exposure|covering|affecting|involving|hitting|still\s+(?:had|has|have)|retained|returned\s+(?:no|empty|wrong|errors?|nothing)|no\s+results|each\s+other'?s|someone\s+else'?s|other\s+(?:customers|tenants|users|people)'?s?|overdrawn|debited|over\s+budget|spent|paid|differ|differs|differed|mismatch\w*|seconds|latency|slower|(?:was|were|is|are|could|did|does|do|had|has|have|would)n'?t|double|duplicate|blocked|banned|frozen|froze|stale|wrong|wrongly|incorrect|broke|broken|disrupted|slow|stopped|no\s+(?:new|data|service|access|alerts?|signal|connectivity|mobile|power|heating|locations?|updates?|records?|way|longer|bus|trains?|payments?)|not|without|instead\s+of|too\s+(?:low|high)|left|nearly\s+left|quit|refunds?|credits?|escalations|complaints|gap|empty|spam|suspect|crashed|crash|degraded|inaccurate|mis-?\w+|had\s+to|were\s+billed|billed|charged|short-?handed|shortfall|penalt\w+|fines?|on\s+paper|by\s+hand|manual(?:ly)?|re-?sit|resale)\b";

    /// <summary>A point in time as drafts write it in a window: a clock time, a month and day, a weekday, or an ISO date.</summary>
    private const string Moment =
        @"\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm)\b|" + Lexicon.Month + @"\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+" + Lexicon.Month + @"\b|" + Lexicon.Weekday + @"|\d{4}-\d{2}-\d{2}";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("impact.counted-harm", @"(?:(?:^|[\s(~≈])\d[\d,.]*\s*(?:%|percent\b|k\b|m\b|x\b)|[$£€¥]\s?\d|(?:^|[\s(~≈])\d[\d,.]*\s+(?:[\w'-]+\s+){0,3}?(?:[a-z-]+s)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|a\s+third|a\s+quarter|most|all|every|entire|whole)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+|their\s+)?(?:[\w'-]+\s+){0,2}?[a-z-]+s\b|\b\d+\s+in\s+\d+\b|\bevery\s+(?:[\w-]+\s+)?" + Lexicon.Affected + @"\b|\bevery\s+(?:single\s+)?(?:one|ward|depot|tenant|store|branch|school|market|title|channel|device|team|service|region)\b)",
            "About 2,300 parcels went out with the wrong service level.")
        {
            RequiresSentence = Harm, UnlessMatch = @"^(?:every|all|all\s+the)\s+(?:affected|impacted)\b|\b(?:years|decades)$|^\W*one\s+of\b",
            NearMiss = "Some customers may have noticed a problem.",
        },
        new("impact.money", @"[$£€¥]\s?\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)?\b",
            "The overrun has cost us $1.9M against plan.")
        {
            RequiresSentence = @"\b(?:cost|costs|spent|took|taken|debited|withdrawn|overdrawn|charged|early|overrun|over\s+plan|over\s+budget|refund\w*|credit\w*|lost|shortfall|bill|fines?|penalt\w+|overcharg\w+|overspen\w+|delayed|compute|revenue|owed)\b",
            NearMiss = "We are investing $50k in new tooling.",
        },
        new("impact.duration", @"\b(?:for|over|during)\s+(?:about\s+|approximately\s+|the\s+last\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|the\s+(?:first|best\s+part\s+of)\s+|most\s+of\s+(?:the\s+)?)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|whole|entire|half\s+an?|half)\s+(?:[\w-]+\s+)?(?:minutes?|mins?|hours?|days?|weeks?|months?|weekends?|nights?|morning|afternoon|evening|day|run|shift)\b|\bbetween\s+\d{1,2}[:.]\d{2}\s+(?:\w+\s+)?and\s+\d{1,2}[:.]\d{2}|\bfrom\s+\d{1,2}[:.]\d{2}\s+(?:\w+\s+)?(?:to|until|till)\s+\d{1,2}[:.]\d{2}|\bsince\s+\d{1,2}[:.]\d{2}|\bfor\s+(?:most|all|much)\s+of\s+(?:the\s+(?:day|morning|afternoon|evening|night|week|weekend)|" + Lexicon.Weekday + @")",
            "Checkout failed for about three hours on Tuesday.")
        {
            RequiresSentence = Harm,
        },
        new("impact.cost-to-you", @"\b(?:cost|costing)\s+(?:[\w-]+\s+of\s+)?(?:you|your|them|the\s+team)\b|\b(?:set\s+(?:you|your\s+[\w-]+)\s+back|(?:pushed|put|set)\s+your\s+(?:[\w-]+\s+){1,2}back)\b|\byou\s+(?:all\s+)?(?:lost|spent|worked|missed|had\s+to|paid|gave\s+up)\b|\byou\s+(?:all\s+)?took\s+(?:the\s+(?:hit|brunt|calls)|on\s+(?:\w+\s+)?extra|(?:about\s+|over\s+)?(?:\d+|two|three|four|five|six|dozens\s+of|hundreds\s+of)\s+)|\byour\s+(?:team|teams|nurses|staff|people|engineers|weekend|evening|night|holiday)\s+(?:\w+\s+)?(?:spent|took|had\s+to|worked|lost|missed|phoned|answered|tracked|fielded)\b|\bmade\s+you\s+look\b|\byou'?ve\s+(?:lost|spent|worked|missed|had\s+to)\b",
            "You lost your Saturday to the cleanup.")
        {
            UnlessBefore = @"\b(?:some|a\s+few|a\s+couple|several|many|most|one\s+or\s+two)\s+of\s+$",
            NearMiss = "You've borne the brunt of it.",
        },
        new("impact.counted-affected", @"(?:^|[\s(~≈])\d[\d,.]*\s+(?:[\w'-]+\s+){0,2}?" + Lexicon.Affected + @"\s+(?:were|was|have\s+been|has\s+been|had|saw|got|went|could|did|received|hit|ended\s+up|are\s+(?:still\s+)?(?:waiting|stuck|affected))\b",
            "2,300 orders were placed at the wrong price.")
        {
            NearMiss = "We have 3 engineers on it.",
        },
        new("impact.waited", @"\b(?:waited|waiting|stuck|stranded|queued|on\s+hold|sat)\s+(?:for\s+)?(?:about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|twenty|thirty|forty|fifty|several)\s+(?:more\s+)?(?:minutes?|mins?|hours?|days?|weeks?)\b",
            "Your driver waited 50 minutes at the depot gate.")
        {
        },
        new("impact.slipped-by", @"\b(?:moved|slipped|pushed(?:\s+back)?|delayed|postponed|shifted|overrun|overran|ran\s+over|late)\s+(?:back\s+)?(?:from\s+(?:the\s+)?\S+\s+to\s+(?:the\s+)?\S+|by\s+(?:about\s+|nearly\s+|over\s+)?(?:\d+|an?|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|sprints?|quarters?))",
            "Your launch moved from the 4th to the 18th.")
        {
        },
        new("impact.window", @"\b(?:between|from)\s+(?:approximately\s+|about\s+|around\s+)?(?:" + Moment + @")\s+(?:[\w,.:()-]+\s+){0,2}?(?:and|to|until|till|through)\s+(?:approximately\s+|about\s+|around\s+)?(?:" + Moment + @"|today|now|yesterday|tonight)",
            "Anyone who built a package between Dec 05 and today has a broken copy.")
        {
            RequiresSentence = Harm + @"|\b(?:built|installed|bought|ordered|placed|received|sent|created|booked|downloaded|upgraded)\b",
            NearMiss = "The team worked between Monday and Friday on the plan.",
        },
        new("impact.since", @"\b(?:offline|down|unavailable|unreachable|failing|broken)\s+(?:since|from)\s+(?:about\s+|around\s+|approximately\s+)?(?:" + Lexicon.ClockTime + "|" + Lexicon.DayDate + @"|yesterday|last\s+night|this\s+morning)|\b(?:went|has\s+been|have\s+been|was|were)\s+(?:offline|down)\s+(?:at\s+)?(?:about|around|approximately|at)\s+" + Lexicon.ClockTime,
            "The booking site went offline at about 11 am yesterday.")
        {
            NearMiss = "The booking site went offline briefly.",
        },
        new("impact.lost-work", @"\b(?:lose|lost|losing)\s+(?:about\s+|around\s+|roughly\s+|a\s+few\s+|several\s+|\d+\s+|an?\s+)?(?:hours?|days?|minutes?|weeks?)\s*'?\s*(?:worth\s+)?of\s+(?:data|work|orders|records|changes|posts|emails|messages)\b",
            "Everyone will lose a few hours worth of data.")
        {
            NearMiss = "We lost a few hours on the review.",
        },
        new("impact.anyone-who", @"\b(?:anyone|everyone|every\s+(?:customer|user|person|one)|all\s+(?:customers|users|those))\s+who\s+(?:has\s+|had\s+|have\s+)?(?:\w+\s+){0,2}?(?:spent|bought|paid|used|created|built|installed|upgraded|logged|ordered|booked|signed|downloaded|purchased|submitted|added)\b",
            "For anyone who paid for a seat, we are refunding the full amount.")
        {
            NearMiss = "Anyone who wants to talk it through can book time with me.",
        },
        new("impact.contacts", @"\b(?:got|received|fielded|handled|logged|took|answered|opened|raised|filed|saw)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|close\s+to\s+|some\s+)?\d[\d,.]*k?\s+(?:[\w-]+\s+)?(?:tickets|calls|complaints|chats|escalations|support\s+(?:requests|cases|emails)|cases|contacts|refund\s+requests)\b",
            "The help desk fielded roughly 250 calls before lunch.")
        {
            NearMiss = "The help desk has 4 people on the phones today.",
        },
        new("impact.not-restored", @"\b(?:won'?t|will\s+not)\s+be\s+(?:restored|back(?:\s+(?:up|online))?|available|fixed)\s+(?:tonight|today|until|before|for)\b",
            "The portal won't be restored tonight.")
        {
            NearMiss = "The portal will be restored tonight.",
        },
        new("impact.labelled-window", @"^(?:start|started|began|end|ended)(?:\s+(?:date|time))?\s*:",
            "Start time: Tuesday 06:00 UTC")
        {
            RequiresSentence = Lexicon.ClockTime,
            NearMiss = "Start time: to be confirmed",
        },
        new("impact.restored-at", @"\b(?:restored|resumed|recovered|rolled\s+back|back\s+(?:up|online|in\s+order))\b",
            "14:10 UTC: service restored for every region.")
        {
            RequiresSentence = @"(?:^|\s)" + Lexicon.ClockTime,
            NearMiss = "Service is restored.",
        },
        new("impact.reader-blocked", @"\byou\s+(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:access|use|log\s+in|reach|see|download|open)\b",
            "Your files are safe, but you can't access them right now.")
        {
            RequiresSentence = @"\b(?:all|every|right\s+now|since|currently|at\s+the\s+moment)\b",
            NearMiss = "If you can't access the portal, call us.",
        },
        new("impact.attempts-fail", @"\battempts\s+to\s+(?:[\w-]+\s+){1,4}?(?:will|would|did)\s+(?:fail|be\s+rejected|error)\b",
            "Attempts to upload or delete files will fail until tonight.")
        {
            NearMiss = "Our attempts to reach the vendor continue.",
        },
        new("impact.total-loss", @"\b(?:loss|lost)\s+(?:of\s+)?all\s+(?:[\w-]+\s+)?(?:connectivity|access|data|service|power|records|history|orders)\b|\bany\s+[\w/-]+\s+(?:that|which)\s+(?:have|has|had)\s+been\s+\w+\s+(?:[\w-]+\s+){0,5}?(?:will|must|have\s+to|need\s+to)\s+(?:need\s+to\s+)?be\s+(?:re-?\w+|redone|lost)\b",
            "The cut resulted in loss of all connectivity at the north site.")
        {
            NearMiss = "The cut resulted in a loss of connectivity.",
        },
    ];
}
