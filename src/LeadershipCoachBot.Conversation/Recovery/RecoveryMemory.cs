using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>
/// What the recovery flows remember per conversation, beside the dialog stack: the incident last
/// triaged here, the last 1:1 prepared and how it went, and which safeguards are done.
/// </summary>
public sealed class RecoveryMemory
{
    /// <summary>How many 1:1 outcomes a conversation keeps; older ones drop off.</summary>
    public const int MaxOutcomes = 10;

    public RecoveryMemory(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        LastIncident = conversationState.CreateProperty<IncidentReport>("lastIncident");
        LastOneOnOne = conversationState.CreateProperty<OneOnOneRecord>("lastOneOnOne");
        SafeguardsDone = conversationState.CreateProperty<List<string>>("safeguardsDone");
        IncidentLine = conversationState.CreateProperty<string>("incidentLine");
    }

    public IStatePropertyAccessor<IncidentReport> LastIncident { get; }

    public IStatePropertyAccessor<OneOnOneRecord> LastOneOnOne { get; }

    public IStatePropertyAccessor<List<string>> SafeguardsDone { get; }

    /// <summary>The incident in a line, as typed for the recovery kit when none was triaged; empty when the leader skipped it.</summary>
    public IStatePropertyAccessor<string> IncidentLine { get; }
}
