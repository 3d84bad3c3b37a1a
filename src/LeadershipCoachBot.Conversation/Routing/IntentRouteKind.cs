namespace LeadershipCoachBot.Conversation.Routing;

public enum IntentRouteKind
{
    StartDialog,
    NotYet,
    Welcome,
    NothingToCancel,
    NotUnderstood,

    /// <summary>One steadying line, then the offers.</summary>
    Steady,
}
