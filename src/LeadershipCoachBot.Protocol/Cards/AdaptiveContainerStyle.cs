namespace LeadershipCoachBot.Protocol.Cards;

public enum AdaptiveContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
