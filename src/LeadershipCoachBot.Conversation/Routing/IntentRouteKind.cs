namespace LeadershipCoachBot.Conversation.Routing;

public enum IntentRouteKind
{
    StartDialog,
    NotYet,
    Welcome,
    NothingToCancel,
    NotUnderstood,
}
