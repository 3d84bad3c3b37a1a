namespace LeadershipCoachBot.Protocol.Cards;

public enum AdaptiveTextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
