namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>A typed facts answer split into its three parts; each null when the leader said nothing for it.</summary>
public sealed record FactsAnswer(string? Known, string? Doing, string? Uncertain);
