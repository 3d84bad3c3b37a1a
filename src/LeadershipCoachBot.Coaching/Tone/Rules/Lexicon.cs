namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Shared word lists, as regex fragments, that the rule tables compose.</summary>
internal static class Lexicon
{
    public const string Im = @"(?:I'?m|I\s+am)";
    public const string Ive = @"(?:I'?ve|I\s+have)";
    public const string Ill = @"(?:I'll|I\s+will|I\s+shall)";
    public const string Were = @"(?:we're|we\s+are)";
    public const string Well = @"(?:we'll|we\s+will)";
    public const string Didnt = @"(?:didn'?t|did\s+not)";
    public const string Dont = @"(?:don'?t|do\s+not)";
    public const string Wont = @"(?:won'?t|will\s+not)";
    public const string Cant = @"(?:can'?t|cannot|can\s+not)";

    public const string Weekday = @"(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    public const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    public const string ClockTime = @"(?:\d{1,2}[:.]\d{2}\s?(?:am|pm)?\b|\d{1,2}\s?(?:am|pm)\b|noon\b|midday\b|midnight\b)";
    public const string DayDate =
        @"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @"\b|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?\b|the\s+\d{1,2}(?:st|nd|rd|th)\b|\d{4}-\d{2}-\d{2}\b|"
        + Weekday + @"\b|(?:mon|tue|wed|thu|fri|sat|sun)\s+\d)";

    public const string RelativeDay =
        @"(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend|month)|next\s+(?:week|month|quarter|sprint)|end\s+of\s+(?:the\s+)?(?:day|week|month|sprint)|eod\b|eow\b|in\s+the\s+morning|first\s+thing|within\s+(?:the\s+next|the|an|one|\d+)\s+(?:\d+\s+)?(?:hour|hours|day|days))";

    /// <summary>A time a reader could plan around: a clock time, a day or date, or a relative day.</summary>
    public const string ConcreteTime = @"(?:" + ClockTime + "|" + DayDate + "|" + RelativeDay + ")";

    public const string Interval = @"(?:every\s+(?:\d+\s+|few\s+|couple\s+of\s+)?(?:minutes?|mins?|hours?|days?|morning|evening)|in\s+(?:\d+|an?|one|two|three|thirty|sixty|ninety)\s+(?:minutes?|mins?|hours?))";

    public const string Meeting =
        @"(?:(?:at|in|during)\s+(?:the\s+|our\s+|this\s+week's\s+|next\s+week's\s+|next\s+|[\w-]+'s\s+)?(?:[\w&:'-]+\s+){0,3}?(?:meeting|review|stand-?up|sync|all-hands|town\s?hall|elt|exco|board|briefing|check-in|1:1|one-on-one|call|retro|steering|offsite|huddle|committee)\b)";

    /// <summary>Now, as a draft says an action is already starting: "now", "immediately", "right away".</summary>
    public const string Imminent = @"(?:\bnow\b|\bimmediately\b|\bright\s+away\b|\bas\s+we\s+speak\b|\bwithin\s+the\s+hour\b)";

    /// <summary>Other people or groups that a draft might point at.</summary>
    public const string Party =
        @"(?:team|teams|guild|squad|vendor|vendors|partner|partners|contractor|contractors|supplier|suppliers|provider|providers|on-?call|ops|operations|qa|testers?|reviewers?|engineers?|developers?|devs|dbas?|department|standards\s+body|agency|consultants?|support|sre|security|infra|networking|third[\s-]party|outsourcer|integrator|account\s+manager|intern|juniors?|new\s+hire|colleagues?)";

    /// <summary>Outside suppliers a service depends on: the parties a company-voice draft tends to blame.</summary>
    public const string Supplier =
        @"(?:vendors?|suppliers?|providers?|partners?|contractors?|subcontractors?|host|hosts|hosting\s+company|data\s*-?cent(?:er|re)s?|carriers?|isps?|upstream|third[\s-]part(?:y|ies)|outsourcer|registrars?|cdns?|colocation|server\s+farm|cloud\s+providers?)";

    /// <summary>People or things a failure lands on.</summary>
    public const string Affected =
        @"(?:users?|customers?|clients?|candidates?|advertisers?|devices?|shoppers?|members?|accounts?|recordings?|deploys?|deployments?|merchants?|tenants?|players?|patients?|sellers?|partners?|requests?|orders?|people|drivers?|riders?|viewers?|services?|sites?|stores?|families|students?|callers?|transactions?|payments?|subscribers?|listeners?|guests?|passengers?|travellers?|travelers?|employees?|staff|visitors?|reports?|files?|jobs?|builds?|emails?|messages?|calls?|sessions?|pages?|regions?|markets?|locations?|branches?|policyholders?|fans?|parcels?|invoices?|roles?|positions?|colleagues?|team\s+members?|records?)";

    /// <summary>Verbs for turning a decision back.</summary>
    public const string Reversal =
        @"(?:roll(?:ing|ed|s)?\s+(?:[\w'-]+\s+){0,4}?back|rollback|revert(?:ing|ed|s)?|revers(?:e|es|ing|ed)|undo(?:ing|es)?|undid|remov(?:e|es|ing|ed)|drop(?:s|ping|ped)?|pull(?:ing|ed|s)?\s+(?:[\w'-]+\s+){0,4}?(?:out|back)|switch(?:ing|ed|es)?\s+(?:[\w'-]+\s+){0,4}?off|turn(?:ing|ed|s)?\s+(?:[\w'-]+\s+){0,4}?off|shut(?:ting|s)?\s+(?:[\w'-]+\s+){0,3}?down|go(?:ing|es)?\s+back\s+to|return(?:ing|ed|s)?\s+(?:[\w'-]+\s+){0,4}?to|cancel(?:l?ing|l?ed|s)?|terminat(?:e|es|ing|ed)|kill(?:ing|ed|s)?|sunset(?:ting|s)?|decommission(?:ing|ed|s)?|back(?:ing)?\s+out|unwind(?:ing|s)?|withdr(?:aw|awing|awn|ew)|pull(?:ing|ed|s)?\s+(?:the|our|this|that|every|all)\s+(?:[\w'-]+\s+){0,3}?(?:change|changes|release|launch|feature|features|rollout|update|pricing|product|tiers?|model|integration|app))";

    /// <summary>Words that make a claim or a plan tentative.</summary>
    public const string Hedge =
        @"(?:hope|hopefully|hoping|aim|aiming|try|trying|intend|expect|expecting|believe|likely|probably|should|may|might|could|want\s+to|plan\s+to|working\s+to|goal\s+is)";
}
