namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>One of the four "What Not to Do" self-checks: the question to ask yourself, and one line of coaching for a yes.</summary>
public sealed record TrapCheck(string Id, string Question, string Coaching);
