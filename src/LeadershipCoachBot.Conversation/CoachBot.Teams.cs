using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>Teams-specific routing: the Review tone message action, and group chats and channels.</summary>
public sealed partial class CoachBot
{
    private readonly ReviewToneAction _reviewTone;
    private readonly SharedConversations _sharedConversations;

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult(_reviewTone.FetchTask(action));

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        _reviewTone.SubmitActionAsync(turnContext, action, cancellationToken);

    /// <summary>What the user said: the action of the card button they used, else their text (the bot's mention already removed).</summary>
    private static string? Said(Activity activity) => (CardSubmit.GetString(activity, CardActions.Field) ?? activity.Text)?.Trim();
}
