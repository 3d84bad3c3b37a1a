namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>One part of the all-hands, and the points to make in it.</summary>
public sealed record OutlineSection(string Title, IReadOnlyList<string> Points);
