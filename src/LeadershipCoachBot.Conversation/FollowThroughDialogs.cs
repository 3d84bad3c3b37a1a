using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;

namespace LeadershipCoachBot.Conversation;

/// <summary>The dialogs that follow the first hours: 1:1 prep and debrief, lessons, the recovery kit, hard conversations.</summary>
public sealed class FollowThroughDialogs(
    OneOnOnePrepDialog oneOnOnePrep,
    OneOnOneDebriefDialog oneOnOneDebrief,
    RecordLessonDialog recordLesson,
    LessonsDialog lessons,
    RecoveryKitDialog recoveryKit,
    HardConversationDialog hardConversation)
{
    public IReadOnlyList<Dialog> All { get; } = [oneOnOnePrep, oneOnOneDebrief, recordLesson, lessons, recoveryKit, hardConversation];
}
