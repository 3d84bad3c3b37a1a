using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>
/// What the recovery flows remember per conversation, beside the dialog stack: the incident last
/// triaged here, the last 1:1 prepared and how it went, and which safeguards are done.
/// </summary>
public sealed class RecoveryMemory
{
    /// <summary>How many 1:1 outcomes a conversation keeps; older ones drop off.</summary>
    public const int MaxOutcomes = 10;

    private readonly CoachMemory _coach;

    public RecoveryMemory(ConversationState conversationState, CoachMemory coach)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(coach);
        _coach = coach;
        LastOneOnOne = conversationState.CreateProperty<OneOnOneRecord>("lastOneOnOne");
        SafeguardsDone = conversationState.CreateProperty<List<string>>("safeguardsDone");
        IncidentLine = conversationState.CreateProperty<string>("incidentLine");
    }

    /// <summary>The incident last triaged in this conversation, as the triage recorded it; null when none was.</summary>
    public async Task<IncidentReport?> GetLastIncidentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _coach.GetLastIncidentAsync(turnContext, cancellationToken))?.Report;

    /// <summary>Whether the leader has said the current incident is stable or resolved.</summary>
    public async Task<bool> IsIncidentStableAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _coach.IncidentStableAt.GetAsync(turnContext, cancellationToken: cancellationToken) is not null;

    /// <summary>Remembers that the leader said the current incident is stable, from now on.</summary>
    public Task MarkIncidentStableAsync(ITurnContext turnContext, DateTimeOffset at, CancellationToken cancellationToken) =>
        _coach.IncidentStableAt.SetAsync(turnContext, at, cancellationToken);

    public IStatePropertyAccessor<OneOnOneRecord> LastOneOnOne { get; }

    public IStatePropertyAccessor<List<string>> SafeguardsDone { get; }

    /// <summary>The incident in a line, as typed for the recovery kit when none was triaged; empty when the leader skipped it.</summary>
    public IStatePropertyAccessor<string> IncidentLine { get; }
}
