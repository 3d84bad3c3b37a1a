namespace LeadershipCoachBot.LoadDriver;

/// <summary>One posted turn: how long it took and whether the bot answered it properly.</summary>
public readonly record struct TurnOutcome(long ElapsedTicks, bool Ok);
