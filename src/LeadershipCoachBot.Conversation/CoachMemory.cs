using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// What the coach remembers in a conversation beyond the dialog stack: when the open flow last
/// moved (so an old one does not trap the leader) and the last incident triaged (so a draft can
/// start from it).
/// </summary>
public sealed class CoachMemory
{
    public CoachMemory(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        FlowTouchedAt = conversationState.CreateProperty<DateTimeOffset?>("flowTouchedAt");
        LastIncident = conversationState.CreateProperty<TriagedIncident>("lastIncident");
        IncidentStableAt = conversationState.CreateProperty<DateTimeOffset?>("incidentStableAt");
    }

    /// <summary>When the leader said the current incident is stable or resolved; cleared when a new one is triaged.</summary>
    public IStatePropertyAccessor<DateTimeOffset?> IncidentStableAt { get; }

    public IStatePropertyAccessor<DateTimeOffset?> FlowTouchedAt { get; }

    public IStatePropertyAccessor<TriagedIncident> LastIncident { get; }

    public Task<TriagedIncident?> GetLastIncidentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        LastIncident.GetAsync(turnContext, cancellationToken: cancellationToken);
}
