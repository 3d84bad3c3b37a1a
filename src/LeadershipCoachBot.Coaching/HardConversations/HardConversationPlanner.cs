using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>
/// Plans a hard conversation and drafts its message: a culture misfire (talk about it, admit the
/// complexity, recentre on shared values, scapegoat no one), an exploited security fix that was
/// deferred (name it first, say how trust is rebuilt and what is no longer deferred), and the case
/// with no coming back (own it without softening, offer to help clean up, dissect it, carry the
/// consequence without the shame). The message is written in the drafted messages' moves and
/// composed as they are (<see cref="MessageDrafter.Compose"/>), the leader's lines set as the drafter sets them.
/// </summary>
public static class HardConversationPlanner
{
    /// <summary>The longest line the leader can give per question, in characters.</summary>
    public const int MaxLineLength = 300;

    public static HardConversationPlan Plan(HardConversationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var happened = MessageDrafter.Sentence(request.WhatHappened, MaxLineLength);
        var commitment = MessageDrafter.Sentence(request.Commitment, MaxLineLength);
        var (audience, steps, avoid, message) = request.Kind switch
        {
            HardConversationKind.CultureMisfire => CultureMisfire(happened, commitment),
            HardConversationKind.ExploitedSecurityFix => ExploitedSecurityFix(happened, commitment),
            HardConversationKind.NoComingBack => NoComingBack(happened, commitment),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Not a hard conversation."),
        };
        return new HardConversationPlan(request.Kind, audience, steps, avoid, message, MessageDrafter.Compose(message), DraftKindOf(request.Kind));
    }

    /// <summary>What kind of message the draft is, for the tone review.</summary>
    public static DraftKind DraftKindOf(HardConversationKind kind) => kind switch
    {
        HardConversationKind.CultureMisfire => DraftKind.TeamMessage,
        HardConversationKind.ExploitedSecurityFix => DraftKind.ExecUpdate,
        HardConversationKind.NoComingBack => DraftKind.Apology,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a hard conversation."),
    };

    private static (string, string[], string[], DraftSection[]) CultureMisfire(string? happened, string? commitment) => (
        "Your team",
        [
            "Talk about it in person first; the message follows, it does not replace the talk.",
            "Say plainly that the change was your call, and that it was not a simple one.",
            "Let people say what it cost them before you explain anything.",
            "Bring it back to the values you share, and ask how to live them from here.",
            "Agree one next step together, with a date.",
        ],
        [
            "Making the person who left, or anyone else, the cause.",
            "Defending the decision point by point.",
            "Pretending the team is fine when it is not.",
        ],
        Moves(
            "I want to talk openly about what happened: " +
            (happened ?? "[what it has cost the team, plainly: for example, two people have asked to move teams and our last release slipped by 2 weeks.]") +
            " The decision was mine, and I can see it has shaken how we work together.",
            "It was not a simple call, and I won't pretend it was. I underestimated how much the team relied on how things worked before, " +
            "and that taught me to weigh how a change lands on people as carefully as the plan itself.",
            "I want us to agree together how we work from here, starting from what we share. " +
            (commitment is null ? "My commitment to you: [your next step with the team, and when]." : $"My commitment to you: {commitment}")));

    private static (string, string[], string[], DraftSection[]) ExploitedSecurityFix(string? happened, string? commitment) => (
        "Executives and the people affected",
        [
            "Be the first to name it, before anyone else does.",
            "Say what was exposed as far as it is known, and what is not known yet.",
            "Say how trust will be rebuilt: visible fix status, an outside review, regular reports.",
            "Say which fixes are no longer deferred, and who holds you to that.",
        ],
        [
            "Calling the attacker sophisticated to shrink your part.",
            "Waiting for every fact before saying anything.",
            "Promising it cannot happen again.",
        ],
        Moves(
            "We had a known security fix on our list, and I chose to defer it. The risk we downplayed became real: " +
            (happened ?? "[what was exposed and for how long: for example, the email addresses of 3,000 customers were readable for 9 days.]") +
            " That decision was mine.",
            "I judged the fix could wait behind other work, and that assumption was wrong. " +
            "What we learned is that a known, exploitable gap is never a low priority, however busy the quarter.",
            (commitment is null ? "What I commit to: [what you are doing about the fix, and who holds you to it]." : $"What I commit to: {commitment}")));

    private static (string, string[], string[], DraftSection[]) NoComingBack(string? happened, string? commitment) => (
        "Your manager, then the people it hurt",
        [
            "Say it plainly, with no softening words.",
            "Offer to stay and help clean up, if that is wanted.",
            "Walk through what went wrong: culture, process, ego, data; the blind spots; why the risk was not caught.",
            "Accept the consequence that follows; the aim is repair, not self-punishment.",
            "Ask what they need from you now.",
        ],
        [
            "Softening it, or hoping it blows over.",
            "Self-punishment in front of others; it makes them look after you.",
            "Resigning in the heat of the moment to escape the conversation.",
        ],
        Moves(
            "I want to be direct about what happened: " +
            (happened ?? "[the damage, in numbers: for example, 400 customers lost 3 days of order history.]") +
            " The decision was mine, the damage is real, and it cannot be undone.",
            "I have looked hard at why. The plan rested on assumptions I did not test, and the warning signs did not reach me in time because of how I had set things up. " +
            "Process, culture and my own certainty all played a part.",
            "I will accept the consequences that follow, and if you want me to, I will stay on and help clean up. " +
            (commitment is null ? "What I commit to: [the first thing you will do to help, and when]." : $"What I commit to: {commitment}")));

    private static DraftSection[] Moves(string ownIt, string frameIt, string moveIt) =>
        [DraftSection.OwnIt(ownIt), DraftSection.FrameIt(frameIt), DraftSection.MoveIt(moveIt)];
}
