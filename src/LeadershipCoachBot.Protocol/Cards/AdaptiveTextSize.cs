namespace LeadershipCoachBot.Protocol.Cards;

public enum AdaptiveTextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
