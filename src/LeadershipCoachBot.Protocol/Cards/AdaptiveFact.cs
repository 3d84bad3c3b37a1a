namespace LeadershipCoachBot.Protocol.Cards;

public sealed class AdaptiveFact
{
    public AdaptiveFact() { }

    public AdaptiveFact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string Title { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
