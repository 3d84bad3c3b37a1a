namespace LeadershipCoachBot.Protocol.Cards;

public enum AdaptiveTextWeight
{
    Default,
    Lighter,
    Bolder,
}
