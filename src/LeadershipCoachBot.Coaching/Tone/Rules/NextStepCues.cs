using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// A forward, concrete action with an owner (a person, a role, a team, or "I") or a time. Vague intent,
/// finished work, unscheduled offers and resignation plans do not count.
/// </summary>
internal static class NextStepCues
{
    /// <summary>Sentences that are hopes, offers, update promises or exits rather than steps.</summary>
    private const string NotAStep =
        @"\b(?:next\s+update|hopefully|let'?s|maybe|resign|replacement|step\s+down|be\s+around|stay\s+until|when\s+things|as\s+it\s+comes|look\s+into|revisit|do\s+better|door\s+is\s+(?:always\s+)?open|post\s+again|share\s+more|keep\s+you\s+(?:posted|updated)|writing\s+to\s+(?:tell|let|say)|going\s+to\s+be\s+honest|be\s+honest|running\s+on\s+(?:empty|fumes)|send\s+me|contact\s+me|email\s+me|reach\s+out|let\s+me\s+know|feel\s+free|writing\s+(?:today\s+|this\s+\w+\s+)?to\s+(?:apologi[sz]e|say|tell|let|share|explain)|review\s+the\s+situation|every\s+change|available\s+to\s+help)\b";

    /// <summary>A capitalised word after a determiner or preposition names a product or company place, not an owner.</summary>
    private const string NotASubject = @"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Aa]n?|at|from|with|of|by|to|for|on|in)\s+$";

    private const string Action =
        @"(?:add|adding|audit|auditing|build|building|rebuild|rebuilding|call|calling|check|checking|contact|contacting|email|emailing|fix|fixing|move|moving|pair|pairing|pause|pausing|publish|publishing|put|putting|refund|refunding|credit|crediting|remove|removing|restore|restoring|revert|reverting|roll|rolling|run|running|re-run|re-running|schedule|scheduling|send|sending|set|setting|ship|shipping|switch|switching|test|testing|undo|undoing|reverse|reversing|review|reviewing|write|writing|meet|meeting|hold|holding|book|booking|host|hosting|chair|chairing|walk|walking|bring|bringing|share|sharing|draft|drafting|prepare|preparing|cancel|cancelling|terminate|terminating|tear|tearing|rip|ripping|replace|replacing|migrate|migrating|open|opening|reopen|reopening|brief|briefing|join|joining|lead|leading|offer|offering|pay|paying|cover|covering|return|returning|rewrite|rewriting|document|documenting|retire|retiring|rollback|reissue|reissuing|resend|resending|verify|verifying|stage|staging|pilot|piloting|freeze|freezing|limit|limiting|raise|raising|pull|pulling|scrap|scrapping|turn|turning|disable|disabling|enable|enabling|route|routing|reroute|rerouting|reconfigure|reconfiguring|patch|patching|restart|restarting|drain|draining|rerun|rerunning|re-price|re-pricing|reprice|repricing|rotate|rotating|revoke|revoking|notify|notifying|phone|phoning|escalate|escalating|backfill|backfilling|reindex|reindexing|re-index|re-indexing|replay|replaying|import|importing|split|splitting|shift|shifting|lower|lowering|calculate|calculating|issue|issuing|process|processing|apply|applying|deploy|deploying|reconcile|reconciling|map|mapping|invite|inviting|re-invite|re-inviting|coordinate|coordinating|confirm|confirming|train|training|hire|hiring|interview|interviewing|fail(?:ing)?\s+over|failover|delete|deleting|archive|archiving)";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("steps.i-will", @"\b(?:I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to|I'd\s+like\s+to|I\s+plan\s+to|I\s+intend\s+to|I\s+shall)\s+(?:personally\s+|also\s+|then\s+|now\s+|first\s+)?(?<verb>[a-z-]+)",
            "I'll walk the support leads through the refund list.")
        {
            UnlessSentence = NotAStep,
            UnlessMatch = @"\b(?:be|stay|update|keep|resign|step|leave|try|hope|need|have|get|see|let|say|admit|own|take|do\s+better|find|think|feel|still|spare|reply|request|ask|thank|apologi[sz]e)$",
            NearMiss = "I'll be around until the handover.",
        },
        new("steps.i-am-doing", @"\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:now\s+|also\s+|personally\s+|already\s+)?" + Action + @"\b",
            "I'm pairing with the on-call lead this afternoon.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = @"\b(?:I'?m|I\s+am)\b|" + ConcreteTime + "|" + Interval + "|" + Imminent,
            NearMiss = "We're monitoring.",
        },
        new("steps.named-owner", @"\b\p{Lu}[\p{Ll}\p{Lu}'-]+(?:'s\s+team|\s+and\s+\p{Lu}\p{Ll}+|\s+and\s+I|\s+and\s+the\s+[\p{Ll}\s]{1,30}?)?\s+(?:is|are|will|'ll|'s|has\s+agreed\s+to|have\s+agreed\s+to)\s+(?:now\s+|also\s+|currently\s+|already\s+)?(?:\p{Ll}+ing\b|\p{Ll}+)",
            "Anjali is rebuilding the rate table.")
        {
            CaseSensitive = true, UnlessSentence = NotAStep,
            UnlessMatch = @"^\p{Lu}\p{Ll}+s\s+are\b|\s(?:recovering|flowing|starting|working|returning|coming|improving|failing|loading|degrading|timing|queuing|queueing|succeeding|completing|climbing|dropping|rising|falling)$|^(?:The|This|That|It|There|What|Which|How|Why|When|Where|Everything|Nothing|Next|Update|Status|Impact|Unknown|Service|Sessions|Everyone|Nobody|Someone|We|They|He|She|You|Our|Their|Here|Today|Tomorrow|Now|Still|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s(?:being|been|back|unaffected|fine|down|up|live|still|gone|affected|over|not|no|aware|sorry|done|working\s+normally|safe|operational|available|responsible|a|an|the|my|your|our|their|his|her|its|in|on|at)$",
            UnlessBefore = NotASubject,
            NearMiss = "Sessions are starting normally again.",
        },
        new("steps.team-owner", @"\b(?:the\s+|our\s+|my\s+|your\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|lead|leads|owner|engineers|on-?call|support|finance|legal|security|sre|ops|vendor|controller|manager|commander)\s+(?:is|are|will|'ll)\s+(?:now\s+|also\s+|currently\s+)?(?:\p{Ll}+ing|\p{Ll}+)\b",
            "The storage team will add a dry-run mode.")
        {
            UnlessSentence = NotAStep,
            UnlessMatch = @"\s(?:being|been|back|unaffected|fine|down|up|live|still|gone|affected|over|not|no|aware|sorry|done|a|an|the|in|on|at|always|never)$",
            RequiresSentence = @"\b" + Action + @"(?:s|d|ed|es)?\b|" + ConcreteTime + "|" + Imminent,
        },
        new("steps.named-owner-present", @"\b\p{Lu}\p{Ll}+(?:'s\s+team|\s+and\s+(?:the\s+)?[\p{L}\s]{1,30}?)?\s+(?:owns|leads|runs|takes\s+over|starts|ships|agrees?|decides?|reviews|chairs|hosts|joins|briefs|sends|is\s+(?:your|the|our)\s+(?:[\w-]+\s+)?(?:lead|owner|contact|manager|point\s+of\s+contact|incident\s+lead|commander))\b",
            "Tomas runs the review on Thursday.")
        {
            CaseSensitive = true, UnlessSentence = NotAStep,
            UnlessMatch = @"^(?:The|This|That|It|There|What|Which|Everything|Nothing|Next|Update|Status|Impact|Unknown|Everyone|Nobody|Someone|We|They|He|She|You|Our|Their)\b",
            UnlessBefore = NotASubject,
        },
        new("steps.pronoun-or-and", @"\b(?:(?:he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to)|(?:and|then)\s+(?:is|are|will|'ll))\s+(?:now\s+|also\s+|then\s+)?" + Action + @"\b",
            "Marta has patched the parser and is reviewing the other importers by Friday.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = ConcreteTime,
            NearMiss = "She'll be fine.",
        },
        new("steps.we-with-time", @"\b(?:we'll|we\s+will|we're\s+going\s+to|we\s+are\s+going\s+to|we\s+plan\s+to|(?:is|are)\s+being\s+[\w-]+)\s+(?:[\w'-]+\s+){0,12}?(?:by|on|at|before|from|starting|until|within|this|tonight|today|tomorrow|next)\b",
            "We'll rerun the import for every store by Thursday.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = ConcreteTime,
        },
        new("steps.delegated", @"\b(?:I'?ve|I\s+have|I)\s+(?:now\s+|also\s+|already\s+)?(?:asked|told|instructed|directed|tasked|commissioned)\s+(?:\p{L}+|the\s+[\w-]+(?:\s+team)?|our\s+[\w-]+(?:\s+team)?)\s+to\s+[\w-]+",
            "I've asked Ines to rerun the reconciliation by Monday.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = ConcreteTime,
            NearMiss = "I asked the team to be careful.",
        },
        new("steps.scheduled", @"\b(?:eta|due|target|starting|effective)\s*:?\s+(?:by\s+)?(?:" + ConcreteTime + @"|within\s+the\s+hour)|\bfrom\s+(?:" + DayDate + "|" + RelativeDay + @")|\b(?:first|next|second|final)\s+(?:batch|wave|tranche|round|drop)\s+(?:by|at|on)\b",
            "Fix in review; ETA 16:00.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = @"\b" + Action + @"(?:s|d|ed|es)?\b|\b(?:eta|due|target)\b",
        },
        new("steps.policy-from", @"\b(?:from|starting\s+(?:with|from)?|as\s+of|beginning\s+(?:with)?)\s+(?:the\s+)?(?:next|this|every)\s+(?:release|deploy|deployment|version|sprint|cycle|build|upgrade|cutover|launch|rollout)\b|\b(?:from|as\s+of|starting)\s+(?:today|tomorrow|" + Weekday + @")\s*,?\s+(?:[\w'-]+\s+){1,4}?(?:runs?|refuses?|requires?|needs?|blocks?|gates?|must|goes|go|checks?|pages?|stops?|rejects?)\b",
            "From the next release, the deploy job runs the migration dry run first.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = @"\b(?:runs?|refuses?|requires?|needs?|blocks?|gates?|must|goes|go|checks?|pages?|stops?|rejects?|will|'ll|is|are)\b",
            NearMiss = "From the start, the release felt rushed.",
        },
        new("steps.decided-to", @"\b(?:I|we)(?:'ve|\s+have)?\s+(?:now\s+|also\s+)?decided\s+to\s+" + Action + @"\b",
            "We've decided to move the last two tenants back to the old cluster tonight.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = ConcreteTime + "|" + Imminent,
            NearMiss = "We decided to move the tenants last spring.",
        },
        new("steps.will-be-doing", @"(?:'ll|\bwill|\bshall)\s+be\s+" + Action + @"\b",
            "We will be sending every customer a corrected invoice on Monday.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = @"\bI\b|" + ConcreteTime + @"|\bstarting\s+at\b",
            NearMiss = "We will be checking in regularly.",
        },
        new("steps.expect-to", @"\b(?:expect|plan|aim|intend)\s+to\s+" + Action + @"\b",
            "We expect to roll out the fix within the next hour.")
        {
            UnlessSentence = NotAStep,
            RequiresSentence = ConcreteTime,
            NearMiss = "We expect to learn a lot from this.",
        },
        new("steps.under-way", @"\b(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:started|begun)\s+(?:the\s+process\s+of\s+|work\s+on\s+)?\p{L}+ing\b|\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:now\s+|currently\s+)?in\s+the\s+process\s+of\s+\p{L}+ing\b",
            "I've started the process of rebuilding the index from the snapshots.")
        {
            UnlessSentence = NotAStep,
            NearMiss = "I've started to worry about the index.",
        },
    ];
}
