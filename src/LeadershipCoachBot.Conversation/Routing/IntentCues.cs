using static LeadershipCoachBot.Conversation.Routing.CoachIntent;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// The recogniser's data: the words that speak for each intent and their weights. The highest total
/// wins when it reaches <see cref="IntentRecognizer.MinimumScore"/>; ties go to the earlier intent in
/// <see cref="Preference"/>. Change the table, then run the intent tests (they hold a held-out part).
/// </summary>
public static class IntentCues
{
    /// <summary>Which intent wins a tie: asking for a review beats writing, and writing beats triage.</summary>
    public static IReadOnlyList<CoachIntent> Preference { get; } =
        [Cancel, ForgetLessons, Lesson, Review, Apology, ExecUpdate, IncidentUpdate, TeamMessage, Triage, OneOnOne, Retro, CoachIntent.Recovery, Lessons, SelfDoubt, Help];

    private static readonly CoachIntent[] Drafts = [ExecUpdate, IncidentUpdate, Apology, TeamMessage];

    public static IReadOnlyList<IntentCue> All { get; } =
    [
        .. Cues(Help, 5, "what can you do", "what do you do", "how does this work", "who are you", "what are you", "how do i use", "what is this"),
        .. Cues(Help, 3, "help", "menu", "commands", "get started", "getting started", "options", "show me around"),
        .. Cues(Help, 3, "hi", "hello", "hey", "hiya", "morning", "start"),

        .. Cues(Cancel, 5, "cancel", "never mind", "nevermind", "nvm", "forget it", "stop", "quit", "exit", "stop this", "leave it"),
        .. Cues(Help, 5, "this bot", "this thing for", "what's this for", "whats this for"),
        .. Cues(Help, 3, "do with this"),

        .. Cues(SelfDoubt, 5, "terrible leader", "bad leader", "awful leader", "worst leader", "failed everyone", "let everyone down", "should quit", "should resign", "should step down", "not cut out", "don't deserve", "dont deserve", "imposter", "impostor", "i'm a fraud", "im a fraud", "i'm a failure", "im a failure", "hate myself", "can't do this", "cant do this"),
        .. Cues(SelfDoubt, 2, "screwed up", "messed up", "i screwed", "i failed", "my fault", "feel awful", "feel terrible", "feel like", "ashamed", "embarrassed"),
        .. Cues(SelfDoubt, 5, "shouldn't be managing", "shouldnt be managing", "shouldn't be leading", "shouldnt be leading", "shouldn't be a manager", "shouldnt be a manager", "not good enough", "bad at this", "no business leading"),
        .. Cues(Cancel, -5, "the bleeding", "stop the", "quit my", "should quit", "quit my job", "won't stop", "wont stop", "doesn't stop", "doesnt stop", "can't stop", "cant stop"),

        .. Cues(Triage, 5, "triage", "we're down", "we are down", "were down", "we're hard down", "is down", "are down", "went down", "gone down", "is on fire", "on fire", "outage right now", "sev1", "sev 1", "sev-1", "p1", "p0", "sev0"),
        .. Cues(Triage, 3, "outage", "incident", "down", "broken", "failing", "fails", "not working", "erroring", "500s", "errors", "degraded", "deleted", "dropped", "corrupted", "paged", "pager", "severity", "how bad", "how serious", "who should i tell", "who do i tell", "who needs to know", "who do i need to tell", "what do i do", "stop the bleeding"),
        .. Cues(Triage, 6, "data loss", "lost data", "lost some data", "breach", "leaked", "leak", "exposed", "hacked", "compromised"),
        .. Cues(Triage, 1, "right now", "prod", "production", "by accident", "accidentally", "live", "checkout", "payments", "customers can't", "users can't", "timeouts", "latency", "still happening", "ongoing", "just now"),
        // How leaders say it in chat, without the word "outage": what they did to it, and what nobody can do now.
        .. Cues(Triage, 4, "nuked", "wiped", "blew up", "blown up", "took down", "crashed", "crashing", "nobody can", "no one can", "noone can", "can't log in", "cant log in", "not going through", "aren't going through", "arent going through", "went sideways", "is gone", "are gone", "everything's broken", "all broken"),
        .. Cues(Triage, 3, "broke", "borked", "hosed", "tanked", "garbage"),
        .. Cues(Triage, 1, "rn", "db", "database"),

        .. Cues(ExecUpdate, 3, "exec", "execs", "executive*", "c-suite", "c suite", "ceo", "cto", "cfo", "coo", "cpo", "the board", "board", "slt", "elt", "leadership team", "senior leadership", "my vp", "the vp", "vp", "vps", "my boss", "my manager", "upper management", "leadership", "director*"),
        .. Cues(ExecUpdate, 2, "management", "higher ups", "higher-ups", "stakeholder*", "the business"),
        .. Cues(ExecUpdate, 3, "skip level", "skip-level", "skiplevel", "upstairs", "up the chain", "my skip"),
        .. Cues(IncidentUpdate, 4, "incident update", "status update", "status page", "statuspage", "outage update", "incident comms", "customer update", "keep everyone posted", "keep people posted", "public update", "status post"),
        .. Cues(IncidentUpdate, 2, "customers", "customer", "users", "clients"),
        .. Cues(IncidentUpdate, 2, "outage", "incident", "down", "status"),
        .. Cues(IncidentUpdate, 4, "status pg", "status site", "let our users", "let our customers", "let users know", "let customers know"),
        .. Cues(IncidentUpdate, 2, "works again", "is back", "back up", "our users", "our customers"),
        .. Cues(Apology, 7, "apolog*", "say sorry", "saying sorry", "mea culpa", "make amends", "own up", "owning up"),
        .. Cues(Apology, 2, "sorry message", "my fault"),
        .. Cues(Apology, 3, "i'm sorry", "i am sorry", "im sorry", "sorry for", "sorry to", "owe"),
        .. Cues(TeamMessage, 2, "team", "my team", "the team", "engineers", "engineering", "the org", "my org", "my reports", "staff", "whole team", "my people", "the squad", "squad", "crew", "folks", "everyone on", "team channel", "slack channel", "teem"),
        .. Cues(TeamMessage, 2, "morale", "org", "channel", "slack"),
        .. Cues(TeamMessage, 2, "devs", "the devs", "my devs", "developers", "eng", "engs"),
        .. Cues(Drafts, 3, "write", "draft", "drafting", "writing", "compose", "word", "wording", "phrase", "help me write", "help me say", "what do i say", "what should i say", "what to say", "how do i tell", "how to tell", "how should i tell", "tell", "telling", "announce", "communicate", "explain", "before i post", "before i send", "before it goes", "before posting", "before sending"),
        .. Cues(Drafts, 1, "message", "email", "note", "announcement", "update", "updates", "post", "send", "something"),
        .. Cues(Drafts, 3, "break it to", "break the news", "writeup", "write up", "write-up", "what do we put", "what do i put", "what should we put"),
        .. Cues(Drafts, 1, "msg", "smth", "sth", "blurb"),

        .. Cues(Review, 8, "review", "proofread", "proof read", "look over", "looking over", "look this over", "sanity check", "critique", "feedback", "tone check", "check the tone", "check my tone", "how does this sound", "does this sound", "how does it sound", "is this ok", "is this okay", "read this", "read my", "red pen", "second pair of eyes", "second opinion", "tear it apart", "rate my", "grade my"),
        .. Cues(Review, 6, "what i wrote", "what i've written", "my draft", "this draft"),
        .. Cues(Review, 3, "check", "check my", "look at", "have a look", "tone", "edit", "improve", "polish"),
        .. Cues(Review, -4, "before i post", "before i send", "before it goes", "before posting", "before sending", "help me write", "write"),
        // Something already written ("my note", "before I send it", "wrote") is to be reviewed, whatever it is for.
        .. Cues(Review, 8, "sanity chk", "gut check", "eyes on", "glance at", "once over", "once-over"),
        .. Cues(Review, 5, "my note", "my msg", "my message", "my email", "my post", "wrote", "is it too", "too defensive", "too harsh", "too soft", "too long"),
        .. Cues(Review, 4, "before i send it", "before i post it", "before it goes out", "before i hit send", "look at my"),

        .. Cues(OneOnOne, 6, "1:1", "1 1", "1on1", "1 on 1", "one on one", "one-on-one", "one to one", "1-1", "121"),
        .. Cues(OneOnOne, 5, "conversation with", "talk to", "talk with", "talking to", "sit down with", "meeting with", "chat with", "worried about their job", "worried about his job", "worried about her job", "hard conversation", "difficult conversation", "direct report", "feedback to"),
        .. Cues(OneOnOne, 5, "sit w", "sit with", "talk w", "meet with", "meeting w", "meeting him", "meeting her", "meeting them", "getting fired", "get fired", "being fired", "losing their job", "lose their job", "freaking out"),
        .. Cues(OneOnOne, 3, "the dev who", "the engineer who", "the guy who", "the person who", "the one who", "the woman who", "the man who"),
        .. Cues(Retro, 6, "retro", "retrospective", "retros", "postmortem", "post mortem", "post-mortem", "post incident review", "post-incident review", "pir", "blameless", "root cause analysis", "rca", "incident review", "lessons learned session"),
        .. Cues(Retro, 2, "what went wrong", "root cause", "learn from", "went wrong"),
        .. Cues(Retro, 6, "pointing fingers", "point fingers", "finger pointing", "finger-pointing", "blame game", "without blame", "without blaming", "no blame"),
        .. Cues(Retro, 3, "figure out", "what broke"),
        .. Cues(CoachIntent.Recovery, 6, "all hands", "all-hands", "allhands", "town hall", "townhall", "recovery", "recover", "recovering", "safeguards", "rebuild trust", "rebuilding trust", "win back", "get back on track", "back on track", "aftermath", "bounce back", "lead the recovery", "after the outage", "morale is", "regain trust"),
        .. Cues(CoachIntent.Recovery, 6, "demoralised", "demoralized", "demotivated"),
        .. Cues(CoachIntent.Recovery, 4, "where do i start", "where do i even start", "where to start"),
        // A bet that has not paid off, said as a fact: the leader needs the way back more than a message.
        .. Cues(CoachIntent.Recovery, 3, "i championed", "i pushed for", "i bet on", "my bet", "i backed", "i sponsored", "months late", "weeks late", "months behind", "weeks behind", "way behind", "behind schedule", "over budget"),
        .. Cues(Lesson, 8, "record a lesson", "add a lesson", "log a lesson", "note a lesson", "save a lesson", "new lesson", "write down a lesson", "remember this lesson"),
        .. Cues(Lessons, 6, "lessons", "my lessons", "show lessons", "show my lessons", "lessons we paid for", "list lessons", "list my lessons", "our lessons"),
        .. Cues(ForgetLessons, 12, "forget my lessons", "delete my lessons", "clear my lessons", "forget lessons", "delete lessons", "wipe my lessons", "erase my lessons", "remove my lessons", "forget the lessons", "clear lessons"),
    ];

    private static IEnumerable<IntentCue> Cues(CoachIntent intent, int weight, params string[] phrases) =>
        phrases.Select(phrase => new IntentCue(intent, phrase, weight));

    private static IEnumerable<IntentCue> Cues(CoachIntent[] intents, int weight, params string[] phrases) =>
        intents.SelectMany(intent => Cues(intent, weight, phrases));
}
