namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// The action ids card buttons send in their <c>data</c> (<c>{"action": "help"}</c>). A submit with
/// an action id and no text is routed like the user typing that word.
/// </summary>
public static class CardActions
{
    /// <summary>The name of the field that carries the action id.</summary>
    public const string Field = "action";

    public const string Help = "help";

    public const string Triage = "triage";

    public const string Review = "review";
}
