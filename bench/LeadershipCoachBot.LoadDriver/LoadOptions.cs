namespace LeadershipCoachBot.LoadDriver;

/// <summary>One load run: where to send, how many conversations at once, for how long.</summary>
public sealed record LoadOptions(Uri Endpoint, int Concurrency, TimeSpan Duration, TimeSpan Warmup, int? BotProcessId, string Label);
