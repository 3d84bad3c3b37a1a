using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Wording that blurs or shrinks the facts: minimisers, vague counts, euphemisms, agentless vagueness, luck.</summary>
internal static class HidingRules
{
    private const string ApologySentence = @"\b(?:sorry|apologi[sz]e|apologies|regret)\b";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("hiding.minimiser", @"\b(?:small|minor|little|slight|brief|short|tiny|temporary|momentary|quick|bit\s+of\s+a|mild)\s+(?:[\w-]+\s+)?(?:glitch(?:es)?|hiccups?|wobbles?|blips?|issues?|problems?|inconvenience|disruption|delays?|interruptions?|disruptions?|degradation|period|bumps?|snags?|slowdown|slowness|variance|dips?|hitch(?:es)?|outage|incident|disturbance|teething\s+troubles?)\b",
            "There was a small hiccup with the invoices on Monday.")
        {
            Rewrite = "[what failed, for whom, for how long]",
            NearMiss = "A small team is rebuilding the index by Friday.",
            UnlessMatch = @"\b(?:team|group)\b",
        },
        new("hiding.soft-noun", @"\b(?:the\s+|a\s+|this\s+|that\s+|our\s+|recent\s+|last\s+week's\s+)(?:recent\s+)?(?:hiccup|glitch|blip|wobble|snafu|hitch|kerfuffle|bump\s+in\s+the\s+road|teething\s+(?:issue|problem|trouble)s?)\b",
            "Apologies for the recent glitch in the portal.")
        {
            Rewrite = "[what failed, for whom, for how long]",
        },
        new("hiding.nothing-dramatic", @"\b(?:nothing\s+(?:dramatic|major|serious|to\s+worry\s+about|significant)|no\s+big\s+deal|not\s+a\s+big\s+deal|negligible|barely\s+noticeable|minimal\s+(?:impact|disruption)|limited\s+impact|nothing\s+to\s+see)\b",
            "A few exports were late, nothing dramatic.")
        {
            Rewrite = "[the real extent, in numbers]",
        },
        new("hiding.vague-count", @"\b(?:some|a\s+few|a\s+number\s+of|a\s+handful\s+of|a\s+(?:portion|fraction|segment|share)\s+of|a\s+(?:small|limited|tiny|minor|certain)\s+(?:number|subset|percentage|fraction|portion|proportion|group)\s+of|a\s+subset\s+of|certain|select|isolated)\s+(?:[\w-]+\s+){0,2}?" + Affected + @"\b",
            "Some shoppers may have noticed slower pages this morning.")
        {
            RequiresSentence = @"\b(?:experienced|experiencing|unable|may\s+have|might\s+have|could\s+have|saw|seen|noticed|encountered|were\s+temporarily|was\s+temporarily|temporarily|required|had\s+(?:trouble|issues|difficulty|problems)|affected|impacted|didn'?t\s+go|did\s+not\s+go|briefly|intermittently)\b",
            UnlessSentence = ApologySentence, UnlessMatch = @"\d",
            Rewrite = "[exact number of affected people or items]",
            NearMiss = "Some families have already called the school office.",
        },
        new("hiding.vague-trouble", @"\b(?:some|a\s+bit\s+of|minor|occasional|intermittent|slight|a\s+degree\s+of)\s+(?:[\w-]+\s+)?(?:slowness|latency|instability|turbulence|variance|flakiness|degradation|disruption|unavailability|inconsistenc(?:y|ies)|hiccups|turbulence|noise|friction|irregularities|anomalies)\b",
            "Customers saw some intermittent slowness on Tuesday.")
        {
            UnlessSentence = ApologySentence,
            Rewrite = "[what actually failed, for whom and for how long]",
            NearMiss = "Login failed for 40% of customers for three hours.",
        },
        new("hiding.euphemism", @"\b(?:(?:a|an|the|some|slightly|somewhat)\s+(?:less\s+than\s+ideal|less-than-ideal|sub-?optimal|non-optimal|imperfect)\s+(?:[\w-]+\s+){0,2}?(?:experience|performance|service|functionality|availability|outcome|result|rollout|launch|start)|(?:a|an|some|slightly|somewhat)\s+(?:degraded|suboptimal|sub-optimal|reduced|impaired|less\s+than\s+ideal|non-optimal)\s+(?:[\w-]+\s+){0,2}?(?:experience|performance|service|functionality|availability)|(?:service\s+quality|service-impacting|customer-impacting|unplanned|availability)\s+event|(?:didn'?t|did\s+not|wasn'?t|weren'?t|not)\s+(?:go|work|perform|behave|run|land|function|go\s+through)(?:\s+\w+)?\s+as\s+(?:expected|intended|planned|hoped)|unexpected\s+behaviou?r)\b",
            "Users had a degraded sign-in experience for part of the day.")
        {
            Rewrite = "[the plain description: what broke and for how many]",
        },
        new("hiding.agentless", @"\b(?:(?:issues?|problems?|difficulties|errors|challenges|irregularities|an?\s+(?:incident|event|situation))\s+(?:were|was|have\s+been|has\s+been)\s+(?:encountered|experienced|observed|identified|detected|noticed)|(?:problems?|issues?|an\s+issue|a\s+problem|an\s+error|a\s+fault|difficulties)\s+(?:occurred|arose|emerged|came\s+up)|ran\s+into\s+(?:some\s+|a\s+few\s+)?(?:problems|issues|trouble|difficulties)|(?:a\s+)?(?:resolution|fix|remediation|mitigation)\s+(?:has\s+been|was)\s+(?:applied|implemented|put\s+in\s+place)|(?:the\s+|this\s+)?(?:issue|problem|situation|matter)\s+(?:has\s+been|was)\s+(?:addressed|mitigated|handled|dealt\s+with|remediated)|following\s+(?:routine|scheduled|planned|standard)\s+(?:[\w-]+\s+){0,2}?(?:maintenance|work|changes?|updates?))\b",
            "Issues were encountered during the upgrade.")
        {
            Rewrite = "[who changed what, and what it broke]",
            NearMiss = "The upgrade I approved broke exports for 300 customers.",
        },
        new("hiding.luck", @"\b(?:bad\s+timing|unlucky|bad\s+luck|perfect\s+storm|freak\s+(?:event|accident)|act\s+of\s+god|(?:looks?|sounds?|seems?)\s+worse\s+than\s+(?:it|they|things)\s+(?:is|are|was|were|really\s+(?:is|are))|(?:overblown|blown\s+out\s+of\s+proportion)|(?:not|isn'?t|wasn'?t|nowhere\s+near)\s+(?:as|that|so|nearly\s+as)\s+(?:bad|dramatic|serious|severe)\s+as\b|making\s+(?:it|this|that)\s+out\s+to\s+be|as\s+bad\s+as\s+(?:people|everyone|some|others|folks|you\s+all)\s+(?:are\s+|have\s+been\s+)?(?:making\s+out|saying|say|think|claim|claiming|suggest|suggesting)|(?:less|not)\s+serious\s+than\s+(?:it|people|some))\b",
            "Honestly it was bad timing more than anything.")
        {
            Rewrite = "[the decision and its cost, stated plainly]",
        },
        new("hiding.impersonal-cause", @"\b(?:market|economic|macro-?economic|industry|global|external|funding)\s+(?:headwinds|conditions|forces|pressures|dynamics|environment|realities|uncertainty|downturn|climate|circumstances)\b",
            "Economic headwinds have left us no choice but to close the Lisbon office.")
        {
            RequiresSentence = @"\b(?:no\s+choice|forced|necessary|unavoidable|outside|beyond|left\s+us|made\s+(?:this|it)|driven\s+by|due\s+to|because\s+of)\b",
            UnlessSentence = @"\b(?:I|we)\s+(?:assumed|misjudged|misread|underestimated|bet|expected|planned\s+for)\b|\bmy\s+(?:call|decision|misjudg(?:e)?ment)\b",
            Suggestion = "Name the decision behind it: \"We made this decision because [the reason, in plain words].\"",
            NearMiss = "I assumed market conditions would hold, and I planned hiring on that; I was wrong.",
        },
        new("hiding.layoff-euphemism", @"\b(?:transition(?:ing|ed)?\s+out\s+of\s+the\s+(?:business|company|organi[sz]ation)|right-?siz(?:e|ed|ing)|(?:organi[sz]ational|structural|workforce)\s+(?:refinements?|adjustments?|realignment)|(?:broader|strategic|organi[sz]ational)\s+realignment|roles?\s+(?:will\s+be\s+|have\s+been\s+|are\s+being\s+)?(?:impacted|eliminated|affected)|part(?:ing)?\s+ways\s+with\s+(?:some|a\s+number|a\s+few|several))\b",
            "A few colleagues will be transitioning out of the business this month.")
        {
            Suggestion = "Say it plainly: \"We are letting [how many people, in which teams] go.\"",
            NearMiss = "Sixty people are losing their jobs today, most of them in sales.",
        },
        new("hiding.inconvenience", @"\b(?:caus(?:e|ed|es|ing)|result(?:ed|s|ing)?\s+in|led\s+to|creat(?:ed|ing))\s+(?:some\s+|an?\s+|minor\s+|temporary\s+|slight\s+)?inconvenience\b",
            "The slow pages caused some inconvenience to shoppers on Monday.")
        {
            UnlessSentence = ApologySentence,
            Suggestion = "Name the cost instead: \"This cost [who, and how much].\"",
            NearMiss = "The slow pages cost shoppers about 40 minutes each on Monday.",
        },
        new("hiding.vague-technical", @"\b(?:an?|the|this)\s+(?:unexpected\s+|temporary\s+|minor\s+|brief\s+|isolated\s+)?(?:technical|technology|systems?|connectivity|network|infrastructure|internal|communications?)\s+(?:issue|event|matter|problem|difficult(?:y|ies)|anomaly|irregularity|condition)\b|\babnormal\s+behaviou?r\b",
            "Some customers experienced a temporary technical issue with sign-in.")
        {
            RequiresSentence = @"\b(?:experienc\w*|may\s+have|might\s+have|for\s+a\s+(?:period|time|while)|briefly|temporar\w*|some|certain|intermittent\w*|resolved|addressed|unexpected\w*|caus\w+)\b",
            Rewrite = "[what broke, for whom, and for how long]",
            NearMiss = "A network change we made at 09:10 cut off the Leeds office for 50 minutes.",
        },
        new("hiding.vague-period", @"\bfor\s+a\s+(?:short\s+|brief\s+|limited\s+|certain\s+)?(?:period(?:\s+of\s+time)?|time|spell)\b",
            "Some members could not log in for a period on Tuesday.")
        {
            RequiresSentence = @"\b(?:unable|unavailable|down|offline|disrupt\w*|affected|impacted|errors?|degraded|interrupt\w*|could\s+not|couldn'?t|failed|slow)\b",
            Rewrite = "for [how long, start to finish]",
            NearMiss = "Members could not log in for 95 minutes on Tuesday.",
        },
        new("hiding.only-a-sliver", @"\b(?:only|just|merely)\s+(?:affects?|affected|impacts?|impacted|hits?|happens?\s+to|applies\s+to)?\s*(?:a\s+)?(?:less|fewer)\s+than\s+(?:a\s+|one\s+|1\s*|\d+\s*)(?:%|percent|per\s+cent|handful|fraction)",
            "The bug only affects less than 1% of accounts.")
        {
            Suggestion = "Give the number, not the share: \"This affected [how many people, and what they lost].\"",
            NearMiss = "The bug affected 412 accounts, less than 1% of the total, and each lost a day of data.",
        },
        new("hiding.no-one-affected", @"\b(?:no|zero)\s+(?:customers?|users?|one|clients?|patients?|members?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:affected|impacted|harmed)\s+(?:in\s+any\s+way|whatsoever|at\s+all)\b|\b(?:no\s+real|zero\s+real|no\s+meaningful|no\s+material)\s+(?:impact|harm|effect)\b",
            "No customer was affected in any way.")
        {
            Rewrite = "[who was affected, and how]",
            NearMiss = "Customers on the old app are unaffected.",
        },
        new("hiding.unforeseen", @"\b(?:unforeseen|unforeseeable|unanticipated|unexpected|inadvertent|extraordinary|spooky|mysterious|freak|stereotypical)\s+(?:[\w-]+\s+){0,2}?(?:issues?|problems?|consequences?|circumstances|events?|outage|power\s+outage|behaviou?r|failure|incident|complications?|interruption|Friday)\b|\b(?:unexpectedly|inadvertently)\s+(?:[\w-]+\s+)?(?:impacted|disrupted|affected|taken|went|broke|failed|caused|interrupted)\b|\bconfluence\s+of\b|\bcollision\s+between\b|\bunfortunate\s+(?:and\s+\w+\s+)?(?:event|collision|series|set|combination|periods?)\b",
            "The release ran into unforeseen problems with the new cache.")
        {
            UnlessBefore = @"\b(?:not|no|nothing|wasn'?t|weren'?t)\s+(?:\w+\s+)?$",
            Rewrite = "[what we changed, and what it broke]",
            NearMiss = "We didn't expect the batch to overlap with peak; that was my assumption.",
        },
        new("hiding.normalising", @"\bnot\s+the\s+end\s+of\s+the\s+world\b|\b(?:mistakes|these\s+things|such\s+things|outages|accidents)\s+(?:do\s+)?happen\b|\beveryone\s+is\s+human\b|\b(?:can'?t|cannot)\s+be\s+(?:completely|entirely|fully|totally)\s+avoided\b|\ball\s+(?:networks|systems|companies|services|providers|platforms)\s+(?:experience|have|suffer)\s+(?:outages|failures|problems|downtime)\b|\bhappens\s+to\s+(?:everyone|the\s+best)\b",
            "Outages happen to the best of us, and this one is over.")
        {
            Rewrite = "[what failed, for whom, and for how long]",
            NearMiss = "Outages like this one cost our customers a full morning.",
        },
        new("hiding.shrunk-scope", @"\ba\s+small\s+subset\b|\b(?:barely|hardly)\s+(?:have\s+)?noticed\b|\b(?:largely|mostly)\s+unaffected\b|\b(?:actual|real|overall)\s+impact\s+was\s+(?:minimal|small|limited|low|negligible)\b|\bthe\s+appearance\s+of\b|\b(?:a|the)\s+(?:recent,?\s+)?small\s+(?:update|change|patch|tweak|fix)\b|\bnot\s+as\s+(?:protected|robust|reliable|stable|resilient|smooth)\s+as\s+(?:we|I)\s+would\s+have\s+liked\b|\bslower\s+than\s+usual\b|\bless\s+responsive\b|\btook\s+some\s+time\b|\bsome\s+concern\b|\ba\s+little\s+(?:stale|slow|late|off|behind)\b",
            "Everyone outside the EU region should have barely noticed.")
        {
            Rewrite = "[who was affected, how many, and for how long]",
            NearMiss = "Everyone outside the EU region was unaffected; inside it, checkout failed for two hours.",
        },
        new("hiding.gone-quiet", @"\b(?:will\s+not|won'?t)\s+be\s+(?:available|commenting|taking\s+questions)\s+(?:for|to)\s+(?:media|press|comment|interviews|questions)\b|\bno\s+further\s+comment\b|\bdecline(?:d|s)?\s+to\s+comment\b",
            "Our engineers will not be available for media interviews.")
        {
            Rewrite = "[who will answer questions, and when]",
            NearMiss = "Our engineers will be available for questions at 15:00.",
        },
    ];
}
