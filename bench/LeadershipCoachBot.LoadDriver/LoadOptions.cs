namespace LeadershipCoachBot.LoadDriver;

/// <summary>
/// One load run: where to send, what to play, how many users at once, for how long, and (for reviews) how long
/// each draft is.
/// </summary>
public sealed record LoadOptions(
    Uri Endpoint,
    LoadScenario Scenario,
    int Concurrency,
    TimeSpan Duration,
    TimeSpan Warmup,
    int? BotProcessId,
    string Label,
    int DraftCharacters);
