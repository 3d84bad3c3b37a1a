namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Apologies that aren't: conditional, reader-blaming, agentless, "any inconvenience", "sorry, but", sorry for the outcome.</summary>
internal static class NonApologyRules
{
    private const string Sorry = @"(?:sorry|apologi[sz](?:e|es|ed|ing)|apologies|apology|regret)";
    private const string Plain = "I'm sorry for [what I did, and its cost to you].";
    private const string Named = "I'm sorry for ${object}.";
    private const string Thing = @"(?<object>(?:the|my|our|this|that|your|last\s+\w+'s|\w+day's)\s+[\w'-]+(?:\s+[\w'-]+){0,4})";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("non-apology.conditional", @"\b" + Sorry + @"\s+(?:\w+\s+){0,2}?(?:if|in\s+case)\b(?:\s+" + Thing + @"\s+(?:seemed|came\s+across|felt|was|were|looked|sounded|caused|upset)|(?:\s+[\w'-]+){1,6}?\s+(?:by|about|with|over|around)\s+" + Thing + @"\b)?",
            "I apologise if the reorg email came across as cold.")
        {
            Severity = FindingSeverity.High, Suggestion = Named,
            NearMiss = "I'm sorry. If you want to talk it through, I'm free on Friday.",
        },
        new("non-apology.reader-feelings", @"\b(?:sorry|regret)\s+(?:that\s+)?(?:you|you've|you're|anyone|people|some\s+of\s+you|they|the\s+team)\s+(?:have\s+|has\s+|were\s+|are\s+|'ve\s+)?(?:\w+\s+)?(?:feel|feels|felt|took|taken|take|takes|see|saw|found|find|think|thought|perceived|read|are\s+upset|were\s+upset|were\s+offended|got\s+upset|offended|upset|hurt|confused|bothered|disappointed|frustrated|inconvenienced|annoyed)\b",
            "I'm sorry you feel the decision was rushed.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            NearMiss = "I'm sorry: you lost a weekend because of my call.",
        },
        new("non-apology.taken-wrongly", @"\b" + Sorry + @"\s+(?:that\s+)?" + Thing + @"?\s*(?:[\w'-]+\s+){0,8}?(?:was|were|has\s+been|got|came|come)\s+(?:taken|read|perceived|received|interpreted|misunderstood|misread|across|out\s+of\s+context)\b|\b" + Sorry + @"\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}?(?:looks?|look|seems?|sounds?)\s+worse\b",
            "I'm sorry my comment in the retro was taken the wrong way.")
        {
            Severity = FindingSeverity.High, Suggestion = Named,
        },
        new("non-apology.any-inconvenience", @"\b" + Sorry + @"\s+(?:\w+\s+){0,2}?(?:(?:any|all\s+the)\s+(?:\w+\s+)?(?:inconvenience|disruption|frustration|trouble|confusion|upset|annoyance|disappointment|issues|problems|difficulties|impact|concern|stress|distress)|the\s+(?:inconvenience|trouble|hassle|bother|mix-?up))\b",
            "We apologise for any inconvenience this may have caused.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
        },
        new("non-apology.agentless", @"\b(?:mistakes|errors|errors\s+of\s+judg(?:e)?ment|missteps|bad\s+calls|poor\s+choices|wrong\s+decisions|decisions)\s+(?:were|have\s+been|had\s+been)\s+made\b",
            "Clearly, mistakes were made in the launch plan.")
        {
            Severity = FindingSeverity.High, Rewrite = "I made mistakes",
        },
        new("non-apology.sorry-but", @"\b(?:sorry|apologies)\s*,?\s+but\b", "Sorry, but the deadline was always tight.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
        },
        new("non-apology.outcome", @"\b(?:sorry|regret)\s+(?:that\s+)?(?:it|things|this|how\s+(?:things|it|this))\s+(?:has\s+|have\s+)?(?:turned\s+out|went|gone|ended\s+up|happened|unfolded|played\s+out)\b|\b(?:sorry|regret)\s+(?:that\s+)?(?:the|this|our|my)\s+(?:[\w-]+\s+){0,5}?(?:has\s+|have\s+)?(?:caused|led\s+to|created|made)\s+(?:so\s+much\s+|some\s+|a\s+lot\s+of\s+|such\s+)?(?:upset|concern|frustration|confusion|stress|anxiety|unhappiness|bad\s+feeling|disappointment|noise|feelings)\b",
            "I regret how things turned out with the pricing launch.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
        },
        new("non-apology.outcome-of-yours", @"\b(?:sorry|regret)\s+(?:that\s+)?(?:your|the)\s+(?:[\w'-]+\s+){0,3}?(?:slipped|was\s+delayed|got\s+delayed|were\s+delayed|ran\s+late|was\s+late|went\s+down|fell\s+through|didn'?t\s+(?:work\s+out|land|go\s+(?:well|ahead))|got\s+(?:cancelled|canceled|pushed\s+back)|was\s+(?:cancelled|canceled|pushed\s+back))\b",
            "I'm sorry your launch slipped.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            UnlessMatch = @"\s(?:I|my|we|our)\s",
            UnlessSentence = @"\b(?:because\s+(?:of\s+)?(?:my|I)|(?:my|our)\s+(?:call|decision|fault|choice|mistake)|I\s+(?:approved|pushed|chose|made|scheduled|signed|decided|set|moved|changed))\b",
            NearMiss = "I'm sorry your launch slipped because of my decision to freeze deploys.",
        },
        new("non-apology.others-failure", @"\b(?:sorry|regret|apologi[sz]e)\s+(?:that\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:vendor|team|partner|provider|contractor|supplier|agency|engineers?)\s+(?:let|failed|didn'?t|did\s+not|broke|made|caused|dropped)\b|\bsorry\s+for\s+whatever\b",
            "I'm sorry the vendor let you down last week.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
        },
        new("non-apology.your-experience", @"\b(?:sorry|regret|apologi[sz]e)\s+(?:that\s+|for\s+)?(?:you|your|some\s+of\s+you|anyone|customers|people)\s+(?:have\s+|has\s+)?(?:had|experienced|went\s+through)?\s*(?:a\s+|such\s+a\s+|any\s+)?(?:bad|poor|negative|frustrating|disappointing|unpleasant|less\s+than\s+ideal|sub-?optimal)\s+experiences?\b",
            "We're sorry you had a frustrating experience with checkout this week.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            NearMiss = "We're sorry: our checkout change failed 9,000 of your orders this week.",
        },
        new("non-apology.to-anyone-who", @"\b(?:sorry|apologi[sz]e|apologies)\s+to\s+(?:anyone|anybody|those|any\s+of\s+you|whoever|everyone)\s+(?:of\s+you\s+)?(?:who\s+)?(?:was|were|felt|feels|may\s+have|might\s+have|has\s+been|have\s+been|is|are|took|found)\b",
            "I apologise to anyone who felt left out of the decision.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            NearMiss = "I apologise to the support team: my change tripled your queue.",
        },
        new("non-apology.may-have-caused", @"\b(?:may|might|could)\s+have\s+caused\s+(?:you\s+)?(?:some\s+|any\s+)?(?:inconvenience|disruption|trouble|frustration)\b",
            "We understand this may have caused inconvenience.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            NearMiss = "We know this cost you a day of sales.",
        },
        new("non-apology.sorry-excuse", @"\b(?:sorry|apologies)\b[^.!?;]{0,80}?\bbut\s+(?:I\s+was|we\s+were|sometimes?|there'?s|there\s+(?:is|are|was|were)|it\s+was|that'?s\s+(?:life|how)|you|they|everyone|nobody|no\s+one)\b",
            "Sorry it broke, but I was on a plane all day.")
        {
            Severity = FindingSeverity.High, Suggestion = Plain,
            NearMiss = "I'm sorry it broke, and I'm fixing it tonight.",
        },
    ];
}
