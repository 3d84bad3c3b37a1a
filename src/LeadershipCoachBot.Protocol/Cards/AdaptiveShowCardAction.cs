namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveShowCardAction : AdaptiveAction
{
    public AdaptiveCard? Card { get; set; }
}
