namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>
/// Sends <see cref="Data"/> (merged with the card's inputs) back as a message whose <c>value</c>
/// holds it. Teams and the Agents Playground both deliver a plain data object.
/// </summary>
public sealed class AdaptiveSubmitAction : AdaptiveAction
{
    public AdaptiveSubmitAction() { }

    public AdaptiveSubmitAction(string title, object data)
    {
        Title = title;
        Data = data;
    }

    public object? Data { get; set; }

    /// <summary><c>none</c> sends only <see cref="Data"/>, without the card's inputs (schema 1.3+).</summary>
    public string? AssociatedInputs { get; set; }
}
