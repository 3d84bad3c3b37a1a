using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// Certainty the facts cannot back. Hedged estimates, refusals to promise and commitments about the
/// writer's own conduct ("I won't approve a cutover without a dry run") are left alone.
/// </summary>
internal static class OverpromisingRules
{
    private const string Refusal = @"(?:n't|\bnot|\bnever|\bno\s+one\s+can|\bnobody\s+can|\b" + Hedge + @")\s+(?:\w+\s+){0,3}$";

    private const string OwnConduct =
        @"\b(?:I|we)\s*(?:'ll\s+never|will\s+never|won'?t|will\s+not|shall\s+not|are\s+not\s+going\s+to|'re\s+not\s+going\s+to|am\s+not\s+going\s+to|'m\s+not\s+going\s+to)\s+(?:ever\s+)?(?:again\s+)?(?:approve|ship|deploy|sign|skip|try|be\s+trying|use|push|launch|release|run|rush|go\s+live|cut\s+over|defer|schedule|merge|allow\s+(?:a|any)|make\s+(?:a|that|this)\s+(?:call|change|decision)|let\s+a|put|start|roll\s+out)";

    private const string Commit = "Promise the work, not the outcome: \"[The safeguard] is in place; we'll tell you what it covers and what it doesn't.\"";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("overpromise.never-again", @"(?:\b(?:will|would|can|could|shall)\s+(?:never|not)|'ll\s+never|\bwon'?t|\bwouldn'?t|\bcan'?t)\s+(?:ever\s+)?(?:\w+\s+){0,5}?again\b|\b(?:never|won'?t\s+ever)\s+(?:\w+\s+)?happens?\s+again\b",
            "The sync job will never drop a record again.")
        {
            UnlessSentence = OwnConduct, UnlessBefore = Refusal,
            Rewrite = "is much less likely to happen again now that [the safeguard] is in place",
            Suggestion = Commit,
            NearMiss = "I won't approve a cutover without a dry run again.",
        },
        new("overpromise.cannot-recur", @"\b(?:" + Cant + @"|won'?t|will\s+not|will\s+never|could\s+never|can\s+never|is\s+not\s+going\s+to|isn'?t\s+going\s+to)\s+(?:possibly\s+|ever\s+|now\s+)?(?:recur|reoccur|re-occur|repeat|come\s+back|return|break\s+again|fail\s+again|happen\s+again)\b",
            "With the new lock in place this cannot recur.")
        {
            UnlessSentence = OwnConduct, UnlessBefore = Refusal,
            Rewrite = "is less likely to recur; we'll confirm that in [the follow-up test]",
            Suggestion = Commit,
            NearMiss = "We can't promise it won't recur until we know the cause.",
        },
        new("overpromise.absolute", @"\b(?:bullet-?proof|fool-?proof|fail-?safe|failsafe|future-?proof(?:ed)?|watertight|airtight|(?:is|are|'s|'re)\s+now\s+(?:impossible|guaranteed|eliminated|a\s+thing\s+of\s+the\s+past)|(?:now|completely|totally|entirely|fully)\s+(?:impossible|eliminated|risk-free)|zero\s+(?:chance|risk|possibility)|no\s+(?:chance|risk|possibility)\s+(?:of|that)\s+(?:a\s+)?(?:repeat|recurrence|this|it|another)|100\s?%\s+(?:accurate|reliable|safe|sure|certain|fixed|resolved|stable|secure|confident|guaranteed)|(?:a\s+)?solved\s+problem|permanently\s+(?:fixed|solved|resolved)|once\s+and\s+for\s+all)\b",
            "The ledger is bulletproof against double posting now.")
        {
            UnlessBefore = Refusal,
            Rewrite = "[what the fix covers, and what it doesn't yet]",
            Suggestion = Commit,
            NearMiss = "100% of requests failed for ten minutes.",
        },
        new("overpromise.guarantee", @"\b(?:guarantee[ds]?|rest\s+assured|I\s+(?:can|will|'ll)\s+(?:promise|assure|guarantee)|(?:I|we)\s+promise\s+(?:you\s+)?(?:that\s+)?(?:it|this|the|we)|you\s+have\s+my\s+(?:word|guarantee))\b",
            "Rest assured, the export is stable now.")
        {
            UnlessBefore = Refusal + @"|\b(?:personal|loan|bank|signed)\s+$",
            UnlessSentence = @"\brest\s+assured\s*,?\s+(?:that\s+)?(?:we|I)\s+(?:are|am|'re|'m)\s+(?:\w+\s+)?\w+ing\b",
            Suggestion = Commit,
            NearMiss = "I can't guarantee it won't happen again, but here is what we changed.",
        },
        new("overpromise.behind-us", @"\b(?:(?:completely|fully|totally|entirely|firmly|now)\s+behind\s+us|behind\s+us\s+(?:now|for\s+good)|(?:fixed|solved|resolved|sorted|gone|dealt\s+with|over)\s+(?:for\s+good|permanently|forever)|will\s+(?:stay|remain)\s+that\s+way|never\s+(?:be\s+)?(?:an?\s+)?(?:issue|problem)\s+again)\b",
            "This problem is now behind us.")
        {
            UnlessBefore = Refusal,
            Rewrite = "fixed for the case we understand",
            Suggestion = Commit,
        },
        new("overpromise.confident-none", @"\b(?:" + Im + @"|we're|we\s+are)\s+(?:100%\s+|completely\s+|fully\s+|absolutely\s+|totally\s+)?(?:confident|certain|sure|positive)\s+(?:that\s+)?(?:we'll|we\s+will|it\s+will|it\s+won'?t|this\s+won'?t|there\s+will\s+be|we\s+won'?t|there'?s)\s+(?:\w+\s+)?(?:no|never|not|zero|nothing)\b|\bno\s+further\s+(?:[\w-]+\s+)?(?:complaints|issues|problems|incidents|outages|failures|errors|disruption)\s+(?:will|from|going)",
            "I'm confident we'll see no more timeouts from any region.")
        {
            Suggestion = Commit,
        },
        new("overpromise.fully-resolved-open", @"\b(?:fully|completely|totally|100%|entirely)\s+(?:resolved|fixed|restored|recovered|understood)\b",
            "Unknown: whether backups were affected. The outage is fully resolved.")
        {
            RequiresElement = DraftElement.Uncertainty, UnlessBefore = Refusal,
            Rewrite = "resolved for the part we understand",
            Suggestion = Commit,
        },
        new("overpromise.firm-date", @"\bby\s+(?:the\s+end\s+of\s+)?(?:" + Month + "|" + Weekday + @"|next\s+week|tomorrow|tonight|the\s+\d{1,2}(?:st|nd|rd|th))\s*,?\s+(?:[\w.'-]+\s+){1,4}?will\s+(?:(?:work|run)\s+(?:smoothly|flawlessly|perfectly|normally|fine)|be\s+(?:fully\s+|completely\s+)?(?:fixed|resolved|stable|working\s+(?:smoothly|normally|perfectly)))\b",
            "By Friday, the new checkout will work smoothly for everyone.")
        {
            UnlessBefore = Refusal,
            Rewrite = "[what we will have done by then, and how we will check it]",
            Suggestion = Commit,
            NearMiss = "By Friday we will know whether the fix holds.",
        },
        new("overpromise.ensure-outcome", @"\b(?:make|do|take)\s+(?:all|every|whatever)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:necessary|needed|required|it\s+takes)\s+to\s+(?:help\s+)?(?:ensure|guarantee|make\s+sure)\b",
            "We will make every change necessary to ensure this cannot happen.")
        {
            Suggestion = Commit,
            NearMiss = "We will make the changes the review recommends and report on them on Friday.",
        },
        new("overpromise.ensure-never", @"\b(?:ensure|make\s+(?:sure|certain)|guarantee)\s+(?:that\s+)?(?:this|it|that|such\s+\w+|nothing\s+like\s+(?:this|it|that)|an?\s+(?:[\w-]+\s+){0,2}?(?:outage|incident|failure|breach|mistake|error))\s+(?:never|doesn'?t|does\s+not|won'?t|will\s+not|cannot|can'?t|can\s+never|isn'?t\s+repeated|is\s+never)\s+(?:[\w-]+\s+){0,2}?(?:happens?|recurs?|occurs?|repeats?|again|repeated)\b",
            "A full review is under way to ensure this doesn't happen again.")
        {
            UnlessSentence = OwnConduct, UnlessBefore = Refusal,
            Rewrite = "reduce the chance of a repeat",
            Suggestion = Commit,
            NearMiss = "Nobody can ensure this never happens again, but here is what we changed.",
        },
        new("overpromise.unaffected-while-open", @"\b(?:no|zero)\s+(?:customer\s+|user\s+|personal\s+|card\s+|patient\s+)?(?:data|records|payments)\s+(?:was|were|has\s+been|have\s+been)\s+(?:lost|compromised|accessed|exposed|affected|leaked)\b|\b(?:security|data|privacy)\s+was\s+not\s+(?:compromised|breached|affected)\b",
            "Unknown: how the attacker got in. No customer data was accessed.")
        {
            RequiresElement = DraftElement.Uncertainty, UnlessBefore = Refusal,
            Rewrite = "so far we have found no sign that customer data was accessed; we will confirm by [day]",
            Suggestion = Commit,
            NearMiss = "We don't yet know whether customer data was accessed.",
        },
    ];
}
