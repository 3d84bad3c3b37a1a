namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveContainer : AdaptiveElement
{
    public IList<AdaptiveElement> Items { get; set; } = [];

    public AdaptiveContainerStyle? Style { get; set; }
}
