namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>Who a drafted message is for; one message, three registers.</summary>
public enum Audience
{
    Executives,
    Team,
    Customers,
}
