using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The first card a user sees, and the answer to <c>help</c>: what the coach helps with.</summary>
public static class WelcomeCard
{
    public const string Title = "Leadership Coach";

    private const string Purpose =
        "When a call of yours hasn't worked out, I help you decide what to say next, and how to say it.";

    private const string Offers =
        "- Check an update before it goes to executives (**review**)\n" +
        "- Review the tone of a draft apology or team message (**review**)\n" +
        "- Steady the first hours of an incident: severity, who to tell, roles, cadence (**triage**)";

    public static Attachment Create(WelcomeCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var greeting = string.IsNullOrWhiteSpace(model.UserName) ? "Hi there." : $"Hi {model.UserName.Trim()}.";
        var card = new AdaptiveCard
        {
            FallbackText = $"{Title}: {Purpose} Send help to see what I can do.",
            Body =
            [
                new AdaptiveTextBlock(Title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
                new AdaptiveTextBlock($"{greeting} {Purpose}"),
                new AdaptiveTextBlock("I can help you:") { Weight = AdaptiveTextWeight.Bolder, Spacing = AdaptiveSpacing.Medium },
                new AdaptiveTextBlock(Offers),
                new AdaptiveTextBlock("Send **help** at any time to see this again.") { IsSubtle = true, Spacing = AdaptiveSpacing.Medium },
            ],
            Actions =
            [
                new AdaptiveSubmitAction("Triage an incident", new Dictionary<string, string> { [CardActions.Field] = CardActions.Triage }),
                new AdaptiveSubmitAction("Review a draft", new Dictionary<string, string> { [CardActions.Field] = CardActions.Review }),
                new AdaptiveSubmitAction("What can you help with?", new Dictionary<string, string> { [CardActions.Field] = CardActions.Help }),
            ],
        };
        return card.ToAttachment();
    }
}
