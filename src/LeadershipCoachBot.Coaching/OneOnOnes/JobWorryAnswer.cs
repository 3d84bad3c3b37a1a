namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>For a person worried about their job: how to answer the worry, and what not to promise.</summary>
public sealed record JobWorryAnswer(string DirectAnswer, IReadOnlyList<string> DoNotPromise);
