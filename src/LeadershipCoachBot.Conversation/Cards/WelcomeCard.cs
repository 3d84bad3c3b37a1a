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
        "- Steady the first hours of an incident: severity, who to tell, roles, cadence, then your first update (\"we're down\")\n" +
        "- Check a message before you post it and get it drafted: an exec or incident update, an apology, a note to your team (\"help me write the exec update\")\n" +
        "- Review the tone of a draft: paste it, or start with **review:**\n" +
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
                new AdaptiveTextBlock("Say what you need in your own words, or tap a button. Send **help** at any time to see this again; **cancel** stops what's open.") { IsSubtle = true, Spacing = AdaptiveSpacing.Medium },
            ],
            Actions = [.. CoachOffer.Welcome.Select(o => new AdaptiveSubmitAction(o.Title, o.Data))],
        };
        return card.ToAttachment();
    }
}
