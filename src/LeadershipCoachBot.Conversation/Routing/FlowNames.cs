using LeadershipCoachBot.Conversation.Dialogs;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>How the coach names an open flow when it tells the leader it set it aside.</summary>
public static class FlowNames
{
    public static string Of(string dialogId) => dialogId switch
    {
        nameof(IncidentTriageDialog) => "an incident triage",
        nameof(ReviewDraftDialog) => "a draft review",
        nameof(DraftMessageDialog) => "a message draft",
        _ => "a conversation",
    };
}
