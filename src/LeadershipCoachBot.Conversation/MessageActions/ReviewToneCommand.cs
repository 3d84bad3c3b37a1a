namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// The <c>reviewTone</c> message-extension command (manifest/manifest.json): its id, the dialog's
/// input, and the action ids its buttons send in <c>data.action</c>.
/// </summary>
public static class ReviewToneCommand
{
    /// <summary>The command id in the manifest's <c>composeExtensions</c>.</summary>
    public const string Id = "reviewTone";

    public const string DialogTitle = "Review tone";

    /// <summary>The dialog's text box holding the message.</summary>
    public const string DraftInput = "draft";

    /// <summary>Review the text in the box (first review, or again after editing it).</summary>
    public const string Review = "reviewTone.review";

    /// <summary>Put the text in the box into the compose box.</summary>
    public const string Insert = "reviewTone.insert";

    /// <summary>Send the review to the leader's private chat with the coach.</summary>
    public const string SendPrivately = "reviewTone.sendPrivately";
}
