namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Audience, greeting and form words used to guess a draft's kind when none is given.</summary>
internal static class KindCues
{
    public static IReadOnlyList<KindCue> All { get; } =
    [
        new("kind.exec-audience", DraftKind.ExecUpdate, 4, @"\b(?:exec(?:utive)?s?|elt|exco|slt|c-suite|board|ceo|cfo|cto|coo|cpo|ciso|leadership\s+(?:team|update)|steering\s+committee|vp|svp|evp)\b"),
        new("kind.exec-form", DraftKind.ExecUpdate, 2, @"\b(?:summary\s+for|exec\s+(?:note|update|summary)|for\s+the\s+exec|headline|budget|spend|cost\s+overrun|forecast)\b"),
        new("kind.incident-form", DraftKind.IncidentUpdate, 3, @"\b(?:incident|sev-?\d|p\d\b|status\s+update|update\s+\d|outage|degraded|investigating|mitigated|monitoring|resolved|eta)\b"),
        new("kind.incident-clock", DraftKind.IncidentUpdate, 2, @"\b\d{1,2}[:.]\d{2}\s*(?:utc|gmt|cet|cest|bst|et|pt|est|pst)?\b"),
        new("kind.next-update", DraftKind.IncidentUpdate, 2, @"\bnext\s+update\b"),
        new("kind.apology-words", DraftKind.Apology, 4, @"\b(?:sorry|apologi[sz]e|apologies|apology|I\s+owe\s+you|forgive|I\s+regret)\b"),
        new("kind.apology-opening", DraftKind.Apology, 8, @"^\W*(?:(?:hi|hey|hello|dear|good\s+morning|morning)?\s*,?\s*@?\s*[\w'-]+(?:\s+[\w'-]+)?\s*[,!:.\u2014-]+\s*)?(?:I\s+(?:really\s+|just\s+)?(?:want|wanted|need|needed|would\s+like|'d\s+like)\s+to\s+(?:(?:sincerely|properly|personally)\s+)?(?:apologi[sz]e|say\s+(?:I'?m\s+)?sorry)|I'?m\s+(?:so\s+|truly\s+|really\s+|very\s+|deeply\s+)?sorry|I\s+am\s+(?:so\s+|truly\s+|really\s+|very\s+|deeply\s+)?sorry|I\s+owe\s+(?:you|you\s+all|all\s+of\s+you|everyone|the\s+team)\s+an\s+apology|(?:my\s+)?(?:sincere\s+|deepest\s+)?apologies\b)"),
        new("kind.apology-you", DraftKind.Apology, 1, @"\b(?:you|your)\b"),
        new("kind.team-salutation", DraftKind.TeamMessage, 6, @"^\W*(?:(?:hi|hey|hello|morning|dear|good\s+morning)\s*,?\s*)?@?\s*(?:team|all|everyone|folks|everybody|y'all|crew|gang)\b\s*[,!:.\u2014-]"),
        new("kind.team-greeting", DraftKind.TeamMessage, 3, @"^(?:hi|hey|hello|morning|dear)?\s*(?:team|all|everyone|folks|everybody|y'all|crew|people)\b|\b(?:hi|hey)\s+(?:team|all|everyone|folks)\b"),
        new("kind.team-words", DraftKind.TeamMessage, 1, @"\b(?:all-hands|1:1|one-on-one|on-call|rota|retro|our\s+team|this\s+team|the\s+team)\b"),
    ];
}
