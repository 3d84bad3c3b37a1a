using static LeadershipCoachBot.Coaching.Tone.Rules.Lexicon;

namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Others presented as the cause, openly or by insinuation; thanks and shared ownership are not blame.</summary>
internal static class BlameShiftingRules
{
    private const string Thanks = @"\b(?:thank|thanks|grateful|credit\s+to|kudos|shout-?out|hats\s+off)";
    /// <summary>A capitalised word after a determiner or preposition names a product or company, not a person.</summary>
    private const string ProductContext = @"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Aa]n?|[Tt]his|[Tt]hat|on|in|at|from|with|by|of|to)\s+$";

    /// <summary>A clause about the person set off by commas: ", who wrote the migration," or ", our release lead,".</summary>
    private const string Appositive =
        @"(?:\s*,\s*(?:(?:who|whose)\s|(?:our|the|my|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:engineer|lead|developer|dev|dba|manager|contractor|intern|architect|owner|reviewer|tester|sre|on-?call|admin|analyst)\b)[^,.;!?]{0,60},)?";

    /// <summary>Words that say how much of the blame a party carries.</summary>
    private const string Share =
        @"(?:(?:mostly|largely|partly|partially|entirely|wholly|squarely|solely|chiefly|primarily|mainly|really|clearly|also|at\s+least\s+partly|more)\s+)?";

    private const string Own = "Our process let this through without a check that would have caught it, and that call was mine.";

    public static IReadOnlyList<TextRule> All { get; } =
    [
        new("blame.counterfactual-party", @"\bif\s+(?:only\s+)?(?:the\s+|our\s+|their\s+|my\s+|your\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?<party>" + Party + @")\s+(?:had|'d|hadn'?t|had\s+not|would\s+have|did|didn'?t|were|weren'?t)\b",
            "If the night on-call had picked up the first page, none of this would have happened.")
        {
            Severity = FindingSeverity.High,
            Suggestion = "Our escalation path depended on the ${party} catching this in time; that gap is ours to close, and I own it.",
            NearMiss = "If we had staged the rollout, we would have caught it.",
        },
        new("blame.counterfactual-person", @"\b[Ii]f\s+(?:only\s+)?(?<party>\p{Lu}\p{Ll}+)\s+(?:had|'d|hadn'?t|had\s+not|would\s+have)\b",
            "If Marco had checked the config, we'd have been fine.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true,
            UnlessMatch = @"\b(?:We|I|You|They|It|This|That|The|Our)\s",
            Suggestion = "Our process relied on one person's check; that gap is ours to close, and the call to ship was mine.",
        },
        new("blame.counterfactual-reader", @"\bif\s+(?:you|they|he|she|people|everyone|anyone)\s+(?:had|'d|hadn'?t|had\s+not|didn'?t|did\s+not|would\s+have|weren'?t|haven'?t|had\s+bothered)\b",
            "If you had read the proposal, it wouldn't have been a surprise.")
        {
            Severity = FindingSeverity.High,
            RequiresSentence = @"(?:would|'d|could)(?:n'?t)?\s+have|\bnot\s+(?:really\s+|entirely\s+)?(?:on\s+me|my\s+(?:fault|problem))|\bwouldn'?t\b|\bon\s+you\b|\byour\s+(?:fault|problem)",
            Suggestion = "I didn't make sure the change reached you before it landed; that's on me.",
            NearMiss = "If you didn't get the invite, tell me and I'll resend it.",
        },
        new("blame.party-failed", @"\b(?:the\s+|our\s+|their\s+|a\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?<party>" + Party + @")(?:'s)?(?:\s+(?:we|I)\s+(?:hired|chose|picked|used|engaged|brought\s+in|contracted))?(?:\s*,\s*[^,.;!?]{1,40},)?\s+(?:had\s+)?(?<verb>underestimated|missed|overlooked|ignored|skipped|forgot|neglected|broke|botched|misconfigured|mishandled|misread|messed\s+up|screwed\s+up|dropped\s+the\s+ball|failed\s+to|didn'?t|did\s+not|never|should\s+have|shouldn'?t\s+have|loaded\s+the\s+wrong|let\s+(?:this|it)\s+(?:through|slip)|let\s+(?:you|us|them|everyone|our\s+\w+|the\s+\w+)\s+down|made\s+(?:a|the|an)\s+(?:mistake|error)|delivered\s+(?:[\w'-]+\s+){0,6}?late|(?:was|were)\s+(?:\w+\s+)?late\s+(?:with|on|delivering)|changed\s+(?:[\w'-]+\s+){0,4}?after\s+(?:the\s+)?(?:sign-?off|approval|freeze))\b",
            "The database team underestimated the load from our largest tenants.")
        {
            Severity = FindingSeverity.High, UnlessSentence = Thanks,
            UnlessBefore = @"\b(?:no\s+one|nobody|I\s+and|we\s+and|me\s+and|both\s+(?:I|me))\b",
            Rewrite = "we ${verb}", Append = "The call to go ahead was mine.",
            NearMiss = "The support team didn't stop until every customer was called back, and I'm grateful.",
        },
        new("blame.down-to", @"\b(?:entirely|solely|squarely|wholly|purely|all|completely|largely|mostly)\s+(?:down\s+to|due\s+to|because\s+of|on)\s+(?:the\s+|our\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?<party>" + Party + @")\b|\b(?:the\s+)?(?:fault|blame)\s+(?:lies|sits|rests|is)\s+(?:squarely\s+|entirely\s+|firmly\s+)?(?:with|on)\b|\b(?<party>" + Party + @")'s\s+fault\b",
            "This is entirely down to the payments vendor's bad release.")
        {
            Severity = FindingSeverity.High,
            UnlessSentence = @"\b(?:fault|blame)\s+(?:lies|sits|rests|is)\s+(?:\w+\s+)?(?:with|on)\s+(?:me|us|myself|ourselves|my\s+(?:own\s+)?(?:call|decision|plan))\b",
            Suggestion = "Choosing and relying on the ${party} was my call; here is the check we are adding so it cannot slip past us unseen.",
        },
        new("blame.to-blame", @"\b(?<party>(?:(?:the|our|their|its|a|an|this|that|one\s+of\s+our)\s+)?(?:[\w-]+\s+)?(?:" + Party + "|" + Supplier + @")(?:'s)?(?:\s+[\w-]+){0,2}?)\s+(?:is|are|was|were)\s+" + Share + @"(?:to\s+blame|at\s+fault|the\s+(?:real\s+)?culprit)\b|\b(?:they|he|she)\s+(?:are|is|were|was|'re|'s)\s+" + Share + @"(?:to\s+blame|at\s+fault)\b",
            "Honestly, the payments partner is mostly to blame for this one.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency,
            UnlessBefore = @"\b(?:not|never|nobody|no\s+one|neither)\s+(?:\w+\s+){0,3}$",
            Suggestion = "We chose to rely on ${party} without a safeguard of our own, and that choice is ours to answer for.",
            NearMiss = "Nobody on the platform team is to blame; the call was mine.",
        },
        new("blame.insinuation", @"\bin\s+(?:all\s+)?fairness\s+to\s+(?:me|myself|us|(?:my|our)\s+(?:own\s+)?(?:team|side|people|engineers|staff|crew))\b|\bto\s+be\s+fair\s*,|\b(?:I'll|I\s+will|I'd|I\s+should|let\s+me)\s+(?:just\s+)?(?:note|point\s+out|mention|add|say)\s+(?:that\s+)?(?:the|their|it|this|they|nobody|no\s+one|I\s+was)\b|\bfor\s+what\s+it'?s\s+worth\s*,\s*(?:you|they|their|nobody|no\s+one|everyone|people)\b|\bnot\s+(?:really\s+|entirely\s+|all\s+)?(?:on\s+me|my\s+fault|my\s+call|down\s+to\s+me)\b|\b(?:I\s+was(?:n'?t|\s+not|\s+never))\s+(?:told|informed|consulted|warned|asked|looped\s+in)\b|\b(?:[\w-]+\s+){0,3}?I\s+was\s+given\s+(?:didn'?t|did\s+not|was|were|had|omitted|left\s+out|never)\b|\bbehind\s+my\s+back\b",
            "In fairness to me, the vendor's own guide called the setting safe.")
        {
            Severity = FindingSeverity.High, Suggestion = Own,
            NearMiss = "For what it's worth, the call was mine.",
        },
        new("blame.nobody-cleared", @"\b(?:nobody|no\s+one|no-one)\s+(?:had\s+|'d\s+|ever\s+)?(?:cleared|checked|discussed|told|informed|warned|consulted|asked|flagged|(?:ran|run)\s+(?:it|this|that|anything|the\s+[\w-]+)\s+(?:by|past)|raised\s+it\s+with|signed\s+it\s+off\s+with)\b(?:\s+\w+){0,2}?\s+me\b",
            "The flag was flipped in a session that nobody had checked with me.")
        {
            Severity = FindingSeverity.High,
            Suggestion = "Our change process let this go ahead without a second pair of eyes; that gap is mine to close.",
        },
        new("blame.requested-review", @"\b(?:as\s+I(?:\s+had|'d)?\s+(?:requested|asked|insisted|demanded|told\s+them|instructed)|the\s+(?:[\w-]+\s+)?(?:review|sign-?off|approval|check|test)\s+I(?:\s+had|'d)?\s+(?:requested|asked\s+for|insisted\s+on|demanded|wanted)|contrary\s+to\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:process|policy|plan|advice|instructions|agreement|guidance)|against\s+my\s+(?:advice|instructions|wishes|recommendation)|despite\s+my\s+(?:warnings?|requests?|advice|objections?|concerns))\b",
            "The patch went out before the security review I had requested.")
        {
            Severity = FindingSeverity.High, Suggestion = Own,
        },
        new("blame.went-out-before", @"\b(?:went\s+(?:out|live|to\s+production|to\s+prod|into\s+production|ahead)|was\s+(?:pushed|deployed|released|shipped|merged|rolled\s+out|made\s+public|switched\s+on|enabled|changed|approved)|got\s+(?:pushed|deployed|merged|shipped))\s+(?:[\w-]+\s+){0,4}?(?:before|without|ahead\s+of)\s+(?:the\s+|my\s+|a\s+|any\s+|our\s+|proper\s+)?(?:[\w-]+\s+){0,2}?(?:review|sign-?off|approval|testing|tests|check|clearance|go-ahead)\b",
            "The new config went to production before the security review was complete.")
        {
            Severity = FindingSeverity.High,
            UnlessSentence = @"\bI\s+(?:\w+\s+)?(?:pushed|shipped|approved|let|signed|rushed|decided|chose|released|deployed|merged|skipped|waived|allowed)\b|\bby\s+me\b|\bmy\s+(?:call|decision)\b",
            Suggestion = "Our process let this reach production before the review finished, and I approved the timeline; that gap is mine.",
            NearMiss = "I pushed the config to production before the review finished.",
        },
        new("blame.readers-were-told", @"\b(?:you|they|everyone|the\s+team)\s+(?:were|was|had\s+(?:all\s+)?been)\s+(?:all\s+)?(?:invited|told|warned|informed|briefed|sent|shown|copied|given\s+(?:the|a|every))\b",
            "You were all told about the change weeks ago.")
        {
            Severity = FindingSeverity.High, Suggestion = "I didn't make sure the change reached you before it landed; that's on me.",
            RequiresSentence = @"\b(?:all|already|after\s+all|weeks\s+ago|months\s+ago|at\s+the\s+time|more\s+than\s+once|repeatedly|twice|plenty\s+of|for\s+what\s+it'?s\s+worth|to\s+be\s+fair)\b",
            NearMiss = "You were told on Monday, and I should have explained why.",
        },
        new("blame.supplier-cause", @"\b(?:caused\s+by|due\s+to|because\s+of|(?:the|a)\s+result\s+of|resulted\s+from|triggered\s+by|originated\s+(?:in|at|with))\s+(?:a\s+|an\s+|the\s+|one\s+of\s+)?(?:our\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?<party>" + Supplier + @")(?:'s|s')?\b|\b(?:root\s+cause|cause|source)\s+(?:of\s+(?:[\w'-]+\s+){1,4})?(?:was|is|lies|lay)\s+(?:[\w'-]+\s+){0,6}?(?:in|with|on|at|from)\s+(?:our\s+|the\s+|a\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?<party>" + Supplier + @")(?:'s|s')?\b",
            "The delay in recovery was caused by one of our hosting providers.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency,
            UnlessSentence = @"\b(?:I|we)\s+(?:chose|picked|selected|relied|decided|own)\b|\b(?:my|our)\s+(?:call|decision|choice)\b",
            Suggestion = "We chose to depend on the ${party}, and that choice is ours to answer for.",
            NearMiss = "The delay in recovery was caused by our own restore script.",
        },
        new("blame.supplier-failed", @"\b(?:the\s+|our\s+|their\s+|a\s+|one\s+of\s+our\s+)(?:[\w'-]+\s+){0,2}?(?<party>" + Supplier + @")(?:'s|s')?\s+(?:[\w'-]+\s+){0,4}?(?:suffered|failed|fell\s+over|went\s+down|pushed|broke|encountered|experienced\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:outage|failure|fault|problem|issue))\b",
            "Our storage provider suffered a power failure, which is what caused the outage.")
        {
            RequiresSentence = @"\b(?:caus\w*|because|fault|blame|reason|which\s+is\s+what|that'?s\s+why|broke\s+(?:our|the|every)|took\s+(?:us|it|everything)?\s*(?:out|down)|brought\s+(?:us\s+)?down|took\s+us\s+with|affected|resulted)\b",
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency, UnlessSentence = Thanks,
            UnlessBefore = @"\b(?:no\s+one|nobody|I\s+and|we\s+and|me\s+and|both\s+(?:I|me))\b",
            Suggestion = "We chose to depend on the ${party}, and that choice is ours to answer for.",
            NearMiss = "Our storage provider has failed to deliver 20% of messages since 06:30.",
        },
        new("blame.supplier-practice", @"\b(?:the\s+|our\s+|their\s+|a\s+|one\s+of\s+our\s+)(?:[\w'-]+\s+){0,2}?(?<party>" + Supplier + @")(?:'s|s')?\s+(?:[\w'-]+\s+){0,2}?(?:(?:does\s+not|doesn'?t|did\s+not|didn'?t|never\s+(?:told|warned|said)|denied|refused\s+to)\s+(?:\w+\s+)?(?:automatically\s+)?(?:restart|tell|warn|notify|inform|test|check|replace|fix|admit|answer|respond|escalate|monitor|back\s+up)\w*|(?:changed|switched|updated|moved|deprecated|removed|dropped)\s+(?:[\w'-]+\s+){0,3}?without\s+(?:any\s+)?(?:notice|warning|telling))\b",
            "The hosting provider does not restart servers when they go offline.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency, UnlessSentence = Thanks,
            Suggestion = "We chose to depend on the ${party}, and that choice is ours to answer for.",
            NearMiss = "The hosting provider does restart servers, and ours came back in four minutes.",
        },
        new("blame.outside-control", @"\b(?:(?:completely|entirely|totally|well|far|simply)\s+)?(?:outside|beyond|out\s+of)\s+(?:of\s+)?(?:our|my)\s+(?:control|hands)\b|\bnothing\s+(?:we|I)\s+could\s+(?:have\s+)?(?:done|do)\b|\bnot\s+(?:our|my)\s+(?:fault|doing)\b",
            "The carrier's fibre cut was completely outside of our control.")
        {
            Severity = FindingSeverity.High,
            RequiresSentence = @"\b" + Supplier + @"\b|\b" + Party + @"\b|\b(?:they|their|them)\b",
            UnlessBefore = @"\b(?:not|never|none|nothing)\s+(?:\w+\s+){0,3}$",
            Suggestion = "Depending on an outside service without a safeguard of our own was our choice, and that is ours to answer for.",
            KeepsLead = true,
            NearMiss = "None of this was outside our control; the gap was ours.",
        },
        new("blame.responsible-parties", @"\b(?:the\s+)?responsible\s+part(?:y|ies)\b|\bthose\s+responsible\b|\b(?:are|is|be|get)\s+held\s+(?:fully\s+|personally\s+)?(?:accountable|responsible)\b|\bsabotag\w+|\bdisgruntled\b|\bthe\s+(?:culprit|culprits|guilty\s+part(?:y|ies))\b",
            "We are making sure the responsible parties answer for this.")
        {
            Severity = FindingSeverity.High,
            UnlessSentence = @"\b(?:I|we)\s+(?:will\s+be|expect\s+to\s+be|should\s+be|must\s+be|am|are)\s+held\b",
            Suggestion = "Our process let this through; closing that gap is ours, and no one person is the cause.",
            NearMiss = "I expect to be held accountable for the date.",
        },
        new("blame.kept-in-dark", @"\b(?:wish|if\s+only)\s+(?:I|we)\s+(?:would\s+have|had|'d)\s+(?:been\s+)?(?:known|told|informed|warned)\b|\b(?:than|as)\s+(?:was\s+)?(?:originally|first|initially)\s+(?:let\s+on|reported|disclosed|admitted|claimed)\b|\bdenied\s+(?:making|causing|changing|any|that|it)\b|\bunnoticed\s+by\s+(?:them|the\s+[\w-]+)\b",
            "The water damage was worse than originally let on by the landlord.")
        {
            Severity = FindingSeverity.High,
            Suggestion = "We didn't have the full picture in time, and we didn't press for it; that gap is ours to close.",
            NearMiss = "The damage turned out worse than we had first estimated.",
        },
        new("blame.others-conduct", @"\babus(?:e|es|ed|ing)\s+(?:the\s+|our\s+)?(?:resources|system|service|servers?|platform|api|limits)\b|\bpoor\s+(?:coding|code|programming)\b|\b(?:rude(?:ness)?|hate|hateful|entitled|toxic)\s+(?:and\s+\w+|comments|people|users|behaviou?r)\b|\b(?:nobody|no\s+one)\s+wants\s+to\s+(?:do|read|help|think)\b|\b(?:unnecessary|needless|pointless)\s+drama\b|\bnothing\s+but\s+(?:abuse|hostility|insults|entitlement|hate|complaints)\b|\b(?:incredibly|so|very|really|extremely)\s+(?:rude|hostile|abusive|entitled)\b",
            "Some tenants were abusing the servers, which is why everything slowed down.")
        {
            Severity = FindingSeverity.High, UnlessSentence = Thanks,
            Suggestion = "Our limits let one account slow everyone down; that gap is ours to close.",
            NearMiss = "Thanks to everyone who reported abuse of the API early.",
        },
        new("blame.assured-us", @"\b(?:had\s+)?(?:assured|promised|guaranteed)\s+us\s+(?:that\s+)?(?:[\w'-]+\s+){0,4}?(?:would|was|were|is|are|had|could)\b",
            "Their account team had assured us that the quota would be raised in time.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency,
            RequiresSentence = @"\b" + Supplier + @"\b|\b" + Party + @"\b|\b(?:they|their|he|she)\b|\b(?:account|sales)\s+(?:manager|team|rep)",
            UnlessSentence = @"\b(?:I|we)\s+(?:chose|decided|should\s+have|didn'?t\s+(?:check|verify|test))\b|\b(?:my|our)\s+(?:call|decision|choice|mistake)\b",
            Suggestion = "We relied on that assurance, and checking it was our job; that gap is ours to close.",
            NearMiss = "We assured our customers that the refunds would arrive by Friday.",
        },
        new("blame.readers-had-it", @"\b(?:that|which)\s+(?:everyone|everybody|you\s+all|all\s+of\s+you|each\s+of\s+you|every\s+one\s+of\s+you)\s+(?:had\s+)?(?:received|got|was\s+sent|were\s+sent|read|saw|signed|approved)\b",
            "The risks were listed in the brief that everyone received in March.")
        {
            Severity = FindingSeverity.High,
            RequiresSentence = @"\b(?:clearly|plainly|already|for\s+what\s+it'?s\s+worth|for\s+the\s+record|to\s+be\s+fair|in\s+fairness|set\s+out|spelled\s+out|spelt\s+out|listed|flagged|stated)\b",
            Suggestion = "I didn't make sure the change reached you before it landed; that's on me.",
            NearMiss = "The new rota is in the brief that everyone received this morning.",
        },
        new("blame.their-end", @"\b(?:their|the\s+(?:[\w-]+\s+)?(?:vendor|provider|supplier|carrier|partner|host|isp|registrar|operator)(?:'s|s'))\s+(?:end|side)\b|\b(?:likely|probably|presumably|apparently|suspected)\s+(?:an?\s+)?(?:operator|human|user|customer)\s+error\b",
            "The fault was on the carrier's end, not ours.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency,
            RequiresSentence = @"\b(?:on|at|from)\s+(?:their|the\s+(?:[\w-]+\s+)?[\w-]+(?:'s|s'))\s+(?:end|side)\b|\berror\b",
            UnlessSentence = @"\b(?:I|we)\s+(?:chose|picked|selected|relied|decided|own)\b|\b(?:my|our)\s+(?:call|decision|choice)\b",
            Suggestion = "We chose to depend on that supplier, and that choice is ours to answer for.",
            NearMiss = "We heard their side of the story at the review.",
        },
        new("blame.customers-cause", @"\b(?:caused\s+by|due\s+to|because\s+of|the\s+result\s+of)\s+(?:some\s+|a\s+few\s+|those\s+)?(?:customers?|users?|clients?|members?|players?|merchants?|you)\s+(?:who\s+(?:are|were|had|have)\s+)?(?:running|using|still\s+(?:on|using|running)|not\s+(?:updating|upgrading|following|reading)|ignoring|misusing|abusing|on\s+(?:old|older|outdated|unsupported))\b",
            "The failed syncs were caused by users running builds older than 3.1.")
        {
            Severity = FindingSeverity.High,
            Suggestion = "Keeping customers' setups working through our changes is our job, and we own that gap.",
            NearMiss = "The failed syncs were caused by our change to the token format.",
        },
        new("blame.let-down-by", @"\b(?:let\s+down|failed|blindsided|caught\s+out)\s+by\s+(?:the\s+|our\s+|a\s+|one\s+of\s+our\s+)?(?:[\w'-]+\s+){0,2}?(?<party>" + Party + "|" + Supplier + @")\b",
            "Once again we were let down by our payments partner.")
        {
            Severity = FindingSeverity.High, UnlessElement = DraftElement.OwnedDependency, UnlessSentence = Thanks,
            Suggestion = "We chose to depend on the ${party}, and that choice is ours to answer for.",
            NearMiss = "Once again we were helped by our payments partner.",
        },
        new("blame.because-name", @"\bbecause\s+(?<party>\p{Lu}\p{Ll}+)\s+(?:had\s+)?(?:\p{Ll}+ed|ran|made|put|sent|set|took|wrote|shipped|forgot|broke|didn'?t|never)\b",
            "The import failed because Dmitri ran it against the live tables.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessSentence = Thanks,
            UnlessMatch = @"^because\s+(?:We|They|It|This|That|The|Our|Their|You|He|She|Everyone|Nobody|No|Someone|Which|What|Who|And|But|So|Then|Also|Team|Everybody|There|Here|Each|Every|Most|Some|All|Many|None)\b",
            Suggestion = "Our process let one person's step cause this without a check that would have caught it; that gap is mine to close.",
            NearMiss = "The import failed because we ran it against the live tables.",
        },
        new("blame.named-company-cause", @"\b(?:a|an)\s+(?<party>\p{Lu}[\p{L}-]+)\s+(?:issue|problem|outage|fault|bug|incident|error|failure)(?:\s+[\w,]+){0,6}?\s+(?:which|that)\s+(?:resulted|caused|led|took|brought)\b",
            "We were hit by a Northwind outage which resulted in failed logins.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessElement = DraftElement.OwnedDependency,
            Suggestion = "We chose to depend on ${party}, and that choice is ours to answer for.",
            NearMiss = "We were hit by an outage which resulted in failed logins.",
        },
        new("blame.named-person-unchecked", @"\b(?<party>\p{Lu}\p{Ll}+)\s+(?:had\s+)?(?:\p{Ll}+ed|ran|made|put|sent|set|took|wrote|shipped)\s+(?:[\p{Ll}\d'-]+\s+){0,8}?(?:without\s+(?:a\s+|any\s+|the\s+)?(?:peer\s+|proper\s+|code\s+|second\s+)?(?:review|reviews|testing|test|tests|testing\s+them|checking|check|checks|approval|sign-?off|telling\s+anyone|asking|running\s+the\s+\w+)|and\s+(?:didn'?t|did\s+not|never)\s+(?:tell|check|test|flag|escalate|ask))\b",
            "Marta changed the firewall rules without a review.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessSentence = Thanks,
            UnlessMatch = @"^(?:We|They|It|This|That|The|Our|Their|You|He|She|Everyone|Nobody|No|Someone|Which|What|Who|And|But|So|Then|Also|Team|Everybody)\b",
            UnlessBefore = ProductContext,
            Suggestion = "Our process let a change through without a check; that gap is mine to close, and I'll talk with ${party} one to one.",
            NearMiss = "Marta and I changed the firewall rules without a review, and that was my call.",
        },
        new("blame.named-possessive-cause", @"\b(?<party>\p{Lu}\p{Ll}+)'s\s+(?:[\p{Ll}-]+\s+)?(?:script|change|changes|config|commit|patch|migration|deploy|deployment|query|code|fix|release|update|mistake|error|rollout|pull\s+request|PR)\s+(?:that\s+)?(?:had\s+)?(?:missed|forgot|skipped|broke|introduced|dropped|deleted|wiped|overloaded|took\s+(?:\w+\s+)?down|brought\s+(?:\w+\s+)?down|caused|triggered|corrupted|locked|failed)\b|\b(?:it|this|that)\s+was\s+(?<party>\p{Lu}\p{Ll}+)'s\s+(?:[\p{Ll}-]+\s+)?(?:change|changes|script|config|commit|patch|migration|deploy|code|mistake|error|fault|call)\b",
            "Omar's script skipped the archive table and wiped a week of orders.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessSentence = Thanks,
            UnlessMatch = @"^(?:We|They|It|This|That|The|Our|Their|You|He|She|Everyone|Nobody|No|Someone|Which|What|Who|And|But|So|Then|Also|Team|Everybody)'s\b",
            UnlessBefore = ProductContext,
            Suggestion = "Our process let that change through without a check that would have caught the gap, and the call to ship it was mine; I'll talk with ${party} one to one.",
            NearMiss = "Omar's script restored the archive table, and I'm grateful.",
        },
        new("blame.named-person-pushed-bad", @"\b(?<party>\p{Lu}\p{Ll}+)\s+(?:pushed|shipped|deployed|merged|released|rolled\s+out|applied|ran)\s+(?:the|a|an|that|this)\s+(?:bad|broken|faulty|wrong|buggy|untested|unreviewed|failing)\b",
            "Tomas deployed the broken build to every region.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessSentence = Thanks,
            UnlessMatch = @"^(?:We|They|It|This|That|The|Our|Their|You|He|She|Everyone|Nobody|No|Someone|Which|What|Who|And|But|So|Then|Also|Team|Everybody)\b",
            UnlessBefore = ProductContext,
            Suggestion = "Our process let a bad change reach production without a check that would have stopped it; that gap is mine to close, and I'll talk with ${party} one to one.",
            NearMiss = "Tomas rolled out the fixed build to every region by noon.",
        },
        new("blame.named-person", @"\b(?<party>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)" + Appositive + @"\s+(?:had\s+)?(?:missed|forgot|ignored|skipped|overlooked|broke|botched|misconfigured|messed\s+up|screwed\s+up|dropped\s+the\s+ball|failed\s+to|didn'?t\s+(?:check|test|follow|read|escalate|tell|notice|review|flag|wait)|pushed\s+(?:[\p{Ll}\d'-]+\s+){0,8}?(?:at\s+once|instead\s+of|without|before))\b",
            "Priya skipped the canary stage and shipped to every store.")
        {
            Severity = FindingSeverity.High, CaseSensitive = true, UnlessSentence = Thanks,
            UnlessMatch = @"^(?:We|They|It|This|That|The|Our|Their|You|He|She|Everyone|Nobody|No|Someone|Which|What|Who|And|But|So|Then|Also|Team|Everybody)\b",
            UnlessBefore = ProductContext,
            Suggestion = "Our rollout process allowed a change to skip its safety stage; that gap is mine to close, and I'll talk with ${party} one to one.",
            NearMiss = "Priya restored the service by 14:00, and I'm grateful.",
        },
    ];
}
