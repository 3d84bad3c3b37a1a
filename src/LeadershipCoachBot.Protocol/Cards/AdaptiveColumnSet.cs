namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveColumnSet : AdaptiveElement
{
    public IList<AdaptiveColumn> Columns { get; set; } = [];
}
