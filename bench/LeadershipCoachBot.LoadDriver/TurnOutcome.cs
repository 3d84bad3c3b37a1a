namespace LeadershipCoachBot.LoadDriver;

/// <summary>One posted turn: how long it took, whether the bot answered it properly, and whether it ended its script.</summary>
public readonly record struct TurnOutcome(long ElapsedTicks, bool Ok, bool LastOfScript);
