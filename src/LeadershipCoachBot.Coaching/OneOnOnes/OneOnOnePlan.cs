namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>A 1:1 plan for one person after a failure.</summary>
/// <param name="Who">Who the person is to the failure, in a phrase ("the person who ran the change").</param>
/// <param name="Opener">The first thing to say: the event is not a verdict on their worth.</param>
/// <param name="Questions">Three or four open questions, in the order to ask them.</param>
/// <param name="Avoid">What not to do, one note per trap.</param>
/// <param name="PurposefulWork">Work to offer that fits how much say they had and want.</param>
/// <param name="JobWorry">The direct answer and what not to promise; only for a person worried about their job.</param>
/// <param name="Context">Notes drawn from what the leader told us; empty when they skipped both questions.</param>
public sealed record OneOnOnePlan(
    PersonRole Role,
    string Who,
    string Opener,
    IReadOnlyList<string> Questions,
    IReadOnlyList<AvoidNote> Avoid,
    string PurposefulWork,
    FollowUp FollowUp,
    JobWorryAnswer? JobWorry,
    IReadOnlyList<string> Context);
