using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The blameless retro: its questions, the one never to ask, who to invite and how to run it.</summary>
public static class RetroCard
{
    public const string Title = "Blameless retro";

    public static Attachment Create(RetroAgenda retro)
    {
        ArgumentNullException.ThrowIfNull(retro);
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock(Title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
                CardSections.Heading("Work through"),
                new AdaptiveTextBlock(string.Join('\n', retro.Questions.Select((q, i) => $"{i + 1}. {q}"))),
                new AdaptiveContainer
                {
                    Style = AdaptiveContainerStyle.Attention,
                    Spacing = AdaptiveSpacing.Medium,
                    Items = [new AdaptiveTextBlock($"**Never ask:** \u201C{retro.NeverAsk}\u201D It turns a search for causes into a hunt for a person.")],
                },
                CardSections.Heading("Invite"),
                new AdaptiveFactSet { Facts = [.. retro.Invitees.Select(i => new AdaptiveFact(i.Who, i.Why))] },
                CardSections.Heading("Facilitation"),
                new AdaptiveTextBlock(retro.FacilitationNote),
            ],
            Actions = [new AdaptiveSubmitAction("Record a lesson", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.AddLesson })],
            FallbackText = $"{Title}: {string.Join(" ", retro.Questions)}",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }
}
