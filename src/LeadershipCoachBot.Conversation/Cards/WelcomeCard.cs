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
        "- Steady the first hours of an incident: severity, who to tell, roles, cadence (**triage**)\n" +
        "- Prepare a 1:1 with someone affected, and follow it up (**1:1 prep**)\n" +
        "- Lead the recovery: all-hands outline, safeguards, blameless retro (**recovery**)\n" +
        "- Keep the lessons we paid for: **lesson:** followed by what you learned, **lessons** to see them\n" +
        "- Plan a hard conversation and draft its message (**hard conversation**)";

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
                new AdaptiveSubmitAction("Prepare a 1:1", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.OneOnOnePrep }),
                new AdaptiveSubmitAction("Recovery kit", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.Recovery }),
                new AdaptiveSubmitAction("What can you help with?", new Dictionary<string, string> { [CardActions.Field] = CardActions.Help }),
            ],
        };
        return card.ToAttachment();
    }
}
