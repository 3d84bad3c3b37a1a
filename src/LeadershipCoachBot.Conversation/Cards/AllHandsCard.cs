using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The all-hands outline: a section per part, its points as bullets.</summary>
public static class AllHandsCard
{
    public const string Title = "All-hands outline";

    public static Attachment Create(RecoveryKit kit)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(Title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
            new AdaptiveTextBlock("Short: fifteen minutes, then questions. Follow it with 1:1s.") { IsSubtle = true },
        };
        foreach (var section in kit.AllHands)
        {
            body.Add(CardSections.Heading(section.Title));
            body.Add(new AdaptiveTextBlock(CardSections.Bullets(section.Points)));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [new AdaptiveSubmitAction("Prepare a 1:1", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.OneOnOnePrep })],
            FallbackText = $"{Title}: {string.Join(", ", kit.AllHands.Select(s => s.Title))}.",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }
}
