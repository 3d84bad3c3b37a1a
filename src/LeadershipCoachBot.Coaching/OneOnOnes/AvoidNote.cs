namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>One thing not to do in this 1:1, said for this person.</summary>
public sealed record AvoidNote(AvoidTrap Trap, string Text);
