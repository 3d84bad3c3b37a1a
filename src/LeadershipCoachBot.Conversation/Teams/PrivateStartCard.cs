using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Teams;

/// <summary>
/// Sent to the leader's 1:1 chat when they ask, in a group chat or channel, for something that
/// involves their own draft or plan: one button that starts it here, where only they read it.
/// </summary>
public static class PrivateStartCard
{
    public const string Title = "Let's do this here, where only you see it";

    public static Attachment Create(string command, string buttonTitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(buttonTitle);
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock(Title) { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
                new AdaptiveTextBlock("You asked in a shared conversation. Drafts and their reviews stay in this chat unless you post them yourself."),
            ],
            Actions = [new AdaptiveSubmitAction(buttonTitle, new Dictionary<string, string> { [CardActions.Field] = command })],
            FallbackText = Title,
        }.ToAttachment();
    }
}
