namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke: a card that replaces the pressed one
/// (<see cref="CardType"/>) or a short message shown to the user (<see cref="MessageType"/>).
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string? Type { get; set; }
    public object? Value { get; set; }
}
