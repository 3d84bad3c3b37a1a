namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveFactSet : AdaptiveElement
{
    public IList<AdaptiveFact> Facts { get; set; } = [];
}
