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
        nameof(OneOnOnePrepDialog) => "a 1:1 prep",
        nameof(OneOnOneDebriefDialog) => "a 1:1 debrief",
        nameof(RecordLessonDialog) => "a lesson",
        nameof(LessonsDialog) => "your lessons",
        nameof(RecoveryKitDialog) => "the recovery kit",
        nameof(HardConversationDialog) => "a hard conversation",
        _ => "a conversation",
    };
}
