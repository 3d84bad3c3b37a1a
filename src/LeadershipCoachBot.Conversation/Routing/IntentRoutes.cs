using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Dialogs;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// The one table from what the leader asked for to what starts. A request the coach cannot serve
/// routes to <see cref="IntentRoute.NotYet"/>, which says so and offers what it can.
/// </summary>
public static class IntentRoutes
{
    /// <param name="request">The leader's words; a request that already says what is happening skips the first question.</param>
    public static IntentRoute For(IntentMatch match, string? request = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Intent switch
        {
            CoachIntent.Triage => IntentRoute.Start(nameof(IncidentTriageDialog), TriageOptions.From(request)),
            CoachIntent.Review => IntentRoute.Start(nameof(ReviewDraftDialog)),
            CoachIntent.ExecUpdate => Draft(DraftKind.ExecUpdate, match.Audience ?? Audience.Executives, request),
            CoachIntent.IncidentUpdate => Draft(DraftKind.IncidentUpdate, match.Audience ?? Audience.Executives, request),
            CoachIntent.Apology => Draft(DraftKind.Apology, match.Audience ?? Audience.Team, request),
            CoachIntent.TeamMessage => Draft(DraftKind.TeamMessage, Audience.Team, request),
            CoachIntent.OneOnOne => IntentRoute.Start(nameof(OneOnOnePrepDialog), new OneOnOnePrepOptions(PersonRoleCues.Read(request))),
            CoachIntent.Retro => IntentRoute.Start(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.Retro, StableCues.SaysStable(request))),
            CoachIntent.Recovery => IntentRoute.Start(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPartAskedFor(request), StableCues.SaysStable(request))),
            CoachIntent.Lesson => FollowThroughCommands.Match(request) is { DialogId: nameof(RecordLessonDialog) } lesson
                ? IntentRoute.Start(lesson.DialogId, lesson.Options)
                : IntentRoute.Start(nameof(RecordLessonDialog)),
            CoachIntent.Lessons => IntentRoute.Start(nameof(LessonsDialog), new LessonsOptions(LessonsAction.List)),
            CoachIntent.ForgetLessons => IntentRoute.Start(nameof(LessonsDialog), new LessonsOptions(LessonsAction.Forget)),
            CoachIntent.SelfDoubt => IntentRoute.Steady,
            CoachIntent.Help => IntentRoute.Welcome,
            CoachIntent.Cancel => IntentRoute.NothingToCancel,
            CoachIntent.None => IntentRoute.NotUnderstood,
            _ => throw new ArgumentOutOfRangeException(nameof(match), match.Intent, "Unknown intent."),
        };
    }

    /// <summary>The part of the recovery kit the words name ("we need an all-hands"), or null to ask.</summary>
    private static RecoveryPart? RecoveryPartAskedFor(string? request)
    {
        var words = Protocol.Dialogs.Prompts.Utterance.Normalise(request);
        return words.Contains("all hands", StringComparison.Ordinal) || words.Contains("allhands", StringComparison.Ordinal) || words.Contains("town hall", StringComparison.Ordinal)
            ? RecoveryPart.AllHands
            : words.Contains("safeguard", StringComparison.Ordinal) ? RecoveryPart.Safeguards : null;
    }

    private static IntentRoute Draft(DraftKind kind, Audience audience, string? request) =>
        IntentRoute.Start(nameof(DraftMessageDialog), new DraftRequest(kind, audience, DraftRequest.SeedFrom(request)));
}
