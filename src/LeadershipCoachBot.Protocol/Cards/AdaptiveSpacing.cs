namespace LeadershipCoachBot.Protocol.Cards;

public enum AdaptiveSpacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
