using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How the pre-post check starts: the kind of message and who it is for.</summary>
public sealed record DraftRequest(DraftKind Kind, Audience Audience);
