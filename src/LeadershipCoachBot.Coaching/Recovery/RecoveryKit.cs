namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>What the leader needs once the fire is out: the all-hands outline, the safeguards and the retro.</summary>
/// <param name="Incident">The incident in a line, when one is known.</param>
public sealed record RecoveryKit(
    string? Incident,
    IReadOnlyList<OutlineSection> AllHands,
    IReadOnlyList<Safeguard> Safeguards,
    RetroAgenda Retro);
