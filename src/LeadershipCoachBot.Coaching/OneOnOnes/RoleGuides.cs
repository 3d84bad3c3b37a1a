namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>The guidance for each role, written from the method's advice on 1:1s after a failure.</summary>
internal static class RoleGuides
{
    public static RoleGuide For(PersonRole role) => role switch
    {
        PersonRole.MadeTheCall => new(
            "someone who made the call with you",
            "We made that call together, and I'm owning my part of it in the open. It doesn't change how I see your judgement.",
            [
                "How has this week landed for you?",
                "What did you see at the time that made the call look right, and what would you weigh differently now?",
                "What do you need from me to keep making calls of this size?",
            ],
            "Don't split the blame between the two of you, even in jest; talk about the gaps in how the decision was checked.",
            "Don't tell them how to feel about it; ask, then listen.",
            "Keep your own regret to one line; this hour is about them carrying on.",
            "Don't promise that the next big call will be made without them, or with them, before you know.",
            "Ask them to co-own the decision review in the retro: which assumption failed and how the next plan gets validated.",
            7,
            "how the decision review is going, and whether they still feel safe to make calls"),

        PersonRole.RanTheChange => new(
            "the person who ran the change",
            "You carried out a plan I set. What happened doesn't change how I see you or your work.",
            [
                "How did it land for you, being the one at the controls when it broke?",
                "What has it done to your focus and your sleep this week?",
                "What do you need right now: time, cover, or a different kind of work for a while?",
                "What did you notice during the change that the retro should hear?",
            ],
            "Don't replay their steps to find the slip; the gaps were in the system and the plan, and the plan was yours.",
            "Don't say \"don't feel bad\"; let them name how it was, without correcting it.",
            "Don't tell them how hard it has been for you.",
            "Don't promise they will never be on call for a change like this again; promise only what you control.",
            "Offer, and let them refuse: lead the rollback rehearsal they know best, or step off call for a week. Their choice.",
            3,
            "how they are doing, and whether they want the safeguard work or a break from it"),

        PersonRole.WasAffected => new(
            "someone affected by it",
            "This landed on you because of a call I made. That's mine to own, and it says nothing about your work.",
            [
                "What did it cost you, in work, in time, with customers?",
                "What is still on your plate because of it?",
                "What would help most this week?",
            ],
            "Don't point at whoever ran the change; the decision was yours.",
            "Don't shrink the cost they carried or tell them it was not so bad.",
            "Don't ask them to forgive you or to make you feel better.",
            "Don't promise that extra load is over until you have moved it.",
            "Take one thing off their plate today, and ask them to tell the retro what the impact looked like from where they sit.",
            7,
            "whether the extra load has gone, and what they told the retro"),

        PersonRole.WorriedAboutTheirJob => new(
            "someone worried about their job",
            "I know you may be worried about your job, so let me answer that first, plainly. What happened doesn't change how I see your work.",
            [
                "What have you heard, and from whom?",
                "What would you need to know from me to set the worry down?",
                "What is the worry doing to your work right now?",
            ],
            "Don't hint that someone will pay for this; people read every silence as a verdict.",
            "Don't talk them out of the worry; answer it.",
            "Don't make it about your own job or your own fear.",
            "Don't promise what you don't decide: reviews, budgets, reorganisations.",
            "Give them a visible piece of the recovery with a clear finish, so their part is seen.",
            2,
            "anything new on the question they asked you, even when the news is that nothing has changed"),

        PersonRole.InformalLeader => new(
            "the informal leader others follow",
            "People look to you, and this doesn't change how I see your place in this team or your work.",
            [
                "How is this sitting with you, apart from the team?",
                "What are you hearing from the team that I'm not?",
                "What would help people trust the next decision?",
            ],
            "Don't ask them who is upset or who said what; the question is what the team needs, not who.",
            "Don't make them calm the team for you.",
            "Don't unload your regret on them because they are easy to talk to.",
            "Don't promise changes through them that you have not announced yourself.",
            "Ask them to help shape the all-hands questions or co-host the retro: their voice, not your script.",
            5,
            "what they heard after the all-hands, and whether the team's questions were answered"),

        PersonRole.WarnedAgainstIt => new(
            "someone who warned against it",
            "You warned against this and you were right. I should have weighed it more, and that doesn't change how I value your judgement.",
            [
                "What did you see that I missed?",
                "How was it, being overruled and then watching it happen?",
                "How do you want a warning like yours to be heard next time?",
            ],
            "Don't defend the decision or explain why you went ahead anyway; the warning was part of the data.",
            "Don't assume they are pleased or bitter; ask.",
            "Don't turn their being right into your confession.",
            "Don't promise they will have a veto; promise how dissent will be weighed, and keep it.",
            "If they want it, ask them to design the check that would have caught this risk before the next big change.",
            14,
            "the change to how warnings are heard, and whether it has happened yet"),

        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a 1:1 role."),
    };
}
