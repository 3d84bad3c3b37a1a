namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>A short-term safeguard to put in place; <paramref name="Id"/> is stable, to mark it done.</summary>
public sealed record Safeguard(string Id, string Title, string Why);
