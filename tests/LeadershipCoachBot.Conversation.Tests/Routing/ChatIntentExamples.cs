using LeadershipCoachBot.Conversation.Routing;
using static LeadershipCoachBot.Conversation.Routing.CoachIntent;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

/// <summary>
/// Requests in the register leaders use in chat: first person, informal, shorthand and typos, often
/// without the word that names what they want ("the db is gone" rather than "incident"). Written and
/// scored against the recogniser before its cues were widened for them; <see cref="HeldOut"/> was
/// never used for tuning.
/// </summary>
internal static class ChatIntentExamples
{
    public static IReadOnlyList<(string Text, CoachIntent Intent)> Tuning { get; } =
    [
        ("pretty sure i just nuked the orders table", Triage),
        ("rolled out the new config 30 min ago and now nobody can log in", Triage),
        ("i think my migration just wiped half the user profiles", Triage),
        ("hey so prod is kinda on fire rn", Triage),
        ("my change broke billing i think, what do i do first", Triage),
        ("db is gone. like gone gone", Triage),
        ("oh no payments r failing everywhere", Triage),
        ("the cutover went sideways and orders aren't going through", Triage),
        ("we're down, checkout is failing", Triage),
        ("pushed a migration an hour ago and everything's on fire", Triage),
        ("errors wont stop coming in since my deploy", Triage),

        ("vp just pinged me asking what happened, need to reply", ExecUpdate),
        ("cto wants a writeup by eod on why the launch slipped", ExecUpdate),
        ("gotta explain this to my skip level tomorrow", ExecUpdate),
        ("need to send something upstairs about the delay", ExecUpdate),
        ("my boss wants an update in 20 min", ExecUpdate),

        ("customers keep emailing support, we need to tell them something", IncidentUpdate),
        ("what do we put on the status pg rn", IncidentUpdate),
        ("need to let our users know checkout works again", IncidentUpdate),

        ("i owe everyone a big sorry for the weekend", Apology),
        ("want to tell the support folks im sorry they got slammed", Apology),
        ("help me say sorry to the on call ppl who got woken up", Apology),

        ("need to tell my folks the project is getting axed", TeamMessage),
        ("how do i break it to the devs that we're rolling back the launch", TeamMessage),
        ("what do i post in our channel about the rollback", TeamMessage),

        ("sorry but can u look at my note to the team before I send it", Review),
        ("can u sanity chk this before it goes out", Review),
        ("pls look at my msg before i hit send", Review),
        ("wrote smth for the execs, is it too defensive?", Review),

        ("need to sit w the dev who pushed the change, how do i start", OneOnOne),
        ("my senior eng is freaking out about getting fired, meeting him tmrw", OneOnOne),

        ("how do we figure out what broke without pointing fingers", Retro),
        ("team is super demoralised after this, where do i even start", CoachIntent.Recovery),
        ("ok so the rewrite I championed is 4 months late", CoachIntent.Recovery),

        ("honestly maybe i shouldnt be managing anyone", SelfDoubt),
        ("uh what do i do with this bot", Help),
        ("nah leave it for now", Cancel),
    ];

    public static IReadOnlyList<(string Text, CoachIntent Intent)> HeldOut { get; } =
    [
        ("ugh i think i dropped the wrong table in prod", Triage),
        ("site's crawling and the pager wont stop", Triage),
        ("customers cant check out since like 10 mins", Triage),
        ("api returning garbage after the deploy i pushed", Triage),
        ("have to brief the exec team in 15 and i'm blanking", ExecUpdate),
        ("my director keeps asking for news, what do i send her", ExecUpdate),
        ("support wants a blurb for customers asking about yesterday", IncidentUpdate),
        ("need to own this in front of the whole team, it was my call", Apology),
        ("gotta let the crew know we're working saturday", TeamMessage),
        ("does this read ok or am i making it worse", Review),
        ("be honest, does this sound like im blaming ops", Review),
        ("gotta talk w sara, she told me this would happen", OneOnOne),
        ("how do i approach the guy who ran the rollout", OneOnOne),
        ("want to dig into why this happened w/o a witch hunt", Retro),
        ("the platform bet i pushed for is 6 months behind and the team knows it", CoachIntent.Recovery),
        ("i keep thinking the team would be better off without me", SelfDoubt),
        ("yo what's this thing for", Help),
        ("forget about it, not now", Cancel),
    ];
}
