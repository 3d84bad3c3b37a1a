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
    }

    public IStatePropertyAccessor<DateTimeOffset?> FlowTouchedAt { get; }

    public IStatePropertyAccessor<TriagedIncident> LastIncident { get; }

    public Task<TriagedIncident?> GetLastIncidentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        LastIncident.GetAsync(turnContext, cancellationToken: cancellationToken);
}
