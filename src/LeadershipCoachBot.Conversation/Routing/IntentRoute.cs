namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>What the front door does for an intent: start a dialog, or answer with a card of offers.</summary>
public sealed record IntentRoute(IntentRouteKind Kind, string? DialogId = null, object? Options = null, string? What = null)
{
    public static IntentRoute Start(string dialogId, object? options = null) => new(IntentRouteKind.StartDialog, dialogId, options);

    /// <summary>A request the coach cannot serve yet: <paramref name="what"/> names it ("Preparing a 1:1").</summary>
    public static IntentRoute NotYet(string what) => new(IntentRouteKind.NotYet, What: what);

    public static IntentRoute Welcome { get; } = new(IntentRouteKind.Welcome);

    public static IntentRoute NothingToCancel { get; } = new(IntentRouteKind.NothingToCancel);

    public static IntentRoute NotUnderstood { get; } = new(IntentRouteKind.NotUnderstood);

    public static IntentRoute Steady { get; } = new(IntentRouteKind.Steady);
}
