using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>A short line and a button for each thing the leader can do next; used wherever a reply would otherwise end the road.</summary>
public static class OffersCard
{
    public static Attachment Create(string line, IReadOnlyList<CoachOffer> offers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        ArgumentNullException.ThrowIfNull(offers);
        return new AdaptiveCard
        {
            Body = [new AdaptiveTextBlock(line)],
            Actions = [.. offers.Select(o => new AdaptiveSubmitAction(o.Title, o.Data))],
            FallbackText = $"{line} ({string.Join(", ", offers.Select(o => o.Title))})",
        }.ToAttachment();
    }
}
