using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// Knee-jerk reversal, weighed per sentence: a reversal verb alone is a safeguard; with sweeping scope,
/// finality or haste it becomes a panic move. Investigating, scoping and data words argue against.
/// </summary>
internal static class PanicReversalRules
{
    private const string NotBefore = @"(?:\bnot|n't|\bnever|\bno\s+plans?\s+to|\bno\s+intention\s+of)\s+(?:\w+\s+){0,2}$";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("panic.reversal-verb", @"\b" + Reversal + @"\b", "We are rolling every region back tonight, all of it.")
        {
            Weight = 1, Severity = FindingSeverity.High, UnlessBefore = NotBefore,
            Suggestion = "Stabilise first: \"We have switched off only the part that failed while we find the cause; we will decide on any wider unwind with data by [day].\"",
            NearMiss = "We are not rolling anything back yet.",
        },
        new("panic.abandon", @"\b(?:abandon(?:ing|ed|s)?|scrap(?:ping|ped|s)?|ditch(?:ing|ed|es)?|pull(?:ing)?\s+the\s+plug\s+on|rip(?:ping|ped|s)?\s+(?:[\w'-]+\s+){0,5}?out|tear(?:ing|s)?\s+(?:[\w'-]+\s+){0,5}?out|tore\s+(?:[\w'-]+\s+){0,5}?out|yank(?:ing|ed)?\s+(?:[\w'-]+\s+){0,5}?out)\b",
            "We're scrapping the new billing engine.")
        {
            Weight = 3, Severity = FindingSeverity.High, UnlessBefore = NotBefore,
            Suggestion = "Hold the wider decision: \"We have contained the failing part; whether to unwind the rest will rest on what the review finds by [day].\"",
            NearMiss = "We are not abandoning the new billing engine.",
        },
        new("panic.done-with", @"\b(?:we're|we\s+are|I'm|I\s+am)\s+(?:so\s+|completely\s+)?done\s+with\b|\b(?:not|never)\s+(?:\w+\s+)?(?:doing|trying|going\s+through)\s+(?:this|that|it|[\w-]+)\s+again\b|\bwon'?t\s+(?:be\s+)?(?:trying|using|doing|touching|going\s+near)\s+(?:[\w-]+\s+){0,3}?again\b|\bdon'?t\s+want\s+anyone\s+(?:proposing|suggesting|trying|raising)",
            "We're done with this payment provider.")
        {
            Weight = 3, Severity = FindingSeverity.High,
            Suggestion = "Keep the door open to data: \"We will decide on this provider once the review is in, by [day]; until then the fallback stays on.\"",
            NearMiss = "We are not done with the review yet.",
        },
        new("panic.no-wait", @"\b(?:not\s+prepared|don'?t\s+want|not\s+willing|refuse|unwilling)\s+to\s+wait\b|\bwithout\s+waiting\s+for\s+(?:the\s+)?(?:analysis|review|root\s+cause|investigation|data)|\b(?:figure|work|find|sort)\s+out\s+(?:why|the\s+cause|what\s+happened|what\s+went\s+wrong)\s+(?:later|afterwards|after)\b|\bregardless\s+of\s+whether\b|\bbefore\s+we\s+(?:even\s+)?(?:know|understand|have)\s+(?:why|the\s+cause|what)",
            "I don't want to wait for the root cause on this one.")
        {
            Weight = 3, Severity = FindingSeverity.High,
            Suggestion = "Let the analysis lead: \"We will decide on a wider unwind when the root cause is known, by [day].\"",
        },
        new("panic.including-working", @"\b(?:including|even)\s+(?:the\s+)?(?:ones|parts|services|sites|regions|teams|bits|\w+)\s+(?:that|which|it)\s+(?:are\s+|were\s+|is\s+|has\s+been\s+|have\s+been\s+)?(?:work(?:ing|s|ed)?|fine|healthy|unaffected|tested\s+well|performing|doing\s+well|went\s+well)\b|\b(?:the\s+)?working\s+ones\s+(?:too|as\s+well)\b|\b(?:from|off)\s+the\s+(?:roadmap|plan)\s+(?:entirely|altogether|for\s+good|completely)|,\s*the\s+lot\b|\bwholesale\b|\bincluding\s+(?:the\s+)?(?:[\w.'-]+\s+){1,3}(?:that|which)\s+(?:most|many|all|some|half)\s+(?:of\s+)?(?:you|our\s+\w+|people|customers|users|teams)\s+(?:still\s+)?(?:depend|rely|use|run)",
            "We are rolling back all twelve services, including the ones that work.")
        {
            Weight = 3, Severity = FindingSeverity.High,
            Suggestion = "Keep what works: \"We are rolling back only the service that failed; the others stay as they are.\"",
        },
        new("panic.sweeping-scope", @"\b(?:every|all|entire|whole|everything|everyone|everywhere|across\s+the\s+board)\b", "all of it, every team")
        {
            Weight = 1, Anchor = false,
        },
        new("panic.finality", @"\b(?:for\s+good|permanently|for\s+ever|forever|altogether|entirely|completely|until\s+further\s+notice|once\s+and\s+for\s+all|no\s+more\s+(?:experiments|pilots|trials)|for\s+the\s+foreseeable\s+future)\b", "for good")
        {
            Weight = 2, Anchor = false,
        },
        new("panic.haste", @"\b(?:right\s+now|immediately|this\s+minute|tonight|today|effective\s+(?:immediately|today|now|tonight|" + Weekday + @")|(?:as\s+of|from)\s+(?:now|today|tonight|tomorrow|this\s+(?:minute|morning|afternoon|evening)|" + Weekday + @")|starting\s+(?:now|today|tonight|tomorrow)|in\s+the\s+morning|by\s+end\s+of\s+day)\b",
            "as of this minute")
        {
            Weight = 1, Anchor = false,
        },
        new("panic.scoped-safeguard", @"\bwhile\s+(?:we|the\s+team|[\w-]+'s\s+team|[\w-]+)\s+(?:dig|investigate|look|find|work|figure|diagnose|understand|assess|confirm|trace|check)|\buntil\s+(?:we|the\s+(?:cause|fix|client|root|investigation|analysis|review|patch)|it'?s|it\s+is|there'?s)\b|\bfor\s+now\b|\btemporarily\b|\bone\s+(?:at\s+a\s+time|by\s+one)\b|\bnode\s+by\s+node\b|\bbased\s+on\s+(?:the\s+)?(?:data|evidence|analysis|findings|numbers)|\bafter\s+(?:reviewing|looking\s+at|analysing|analyzing)\b|\bcheckpoint\b|\bthe\s+rest\s+(?:of\s+(?:[\w']+\s+){1,4})?stays?\b|\bonly\s+(?:the|that|this|for|in|on)\b|\bjust\s+(?:the|that|this)\b|\bpartial(?:ly)?\b|\bstaged\b",
            "We switched off the new checkout flag for everyone while we find the cause.")
        {
            Weight = -4, Anchor = false,
        },
        new("panic.irreversible", @"\b(?:unpublish|archiv|yank)\w*\s+(?:every|all|each)\b|\barchiv\w*\s+(?:the\s+|our\s+|my\s+)?(?:repo|repos|repository|repositories|project|organisation|organization)\b|\b(?:delet|purg|eras|wip|destroy)\w*\s+(?:[\w'-]+\s+){0,3}?(?:versions?|releases?|repo|repos|repository|repositories|history|builds?|packages?|v\d+|tags?|branch(?:es)?|project|archives?)\b|\bmake\s+(?:the\s+)?repos?\s+private\b",
            "I've decided to delete all the old releases tonight.")
        {
            Weight = 3, Severity = FindingSeverity.High,
            UnlessBefore = NotBefore + @"|\b(?:attempts?|requests?|ability|able|permission)\s+to\s+(?:\w+\s+)?(?:or\s+|and\s+)?$|\b(?:of|the|a|an|any|these|those|about|with|for)\s+$",
            UnlessSentence = @"\b(?:accident(?:al|ally)?|by\s+mistake|mistakenly|unintentionally)\b",
            Suggestion = "Keep what people depend on: \"We are marking the old releases as unsupported; we will decide what to remove with the people who use them, by [day].\"",
            NearMiss = "I deleted the test branch by accident and restored it within minutes.",
        },
        new("panic.history", @"\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:removed|deleted|dropped|reverted|rolled\s+back|switched\s+off|turned\s+off|shut\s+down|cancell?ed|killed|withdrawn|wiped|erased|purged)\b|\b(?:years?|decades?)\s+ago\b|\bback\s+in\s+(?:19|20)\d{2}\b",
            "The old index was permanently removed by the rebuild script years ago.")
        {
            Weight = -3, Anchor = false,
            NearMiss = "We are permanently removing the new checkout from every market.",
        },
    ];
}
