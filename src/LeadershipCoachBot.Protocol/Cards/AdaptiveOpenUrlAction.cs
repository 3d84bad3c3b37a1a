namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveOpenUrlAction : AdaptiveAction
{
    public Uri? Url { get; set; }
}
