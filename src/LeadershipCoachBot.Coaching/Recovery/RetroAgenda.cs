namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>A blameless retro: the questions to work through, the one never to ask, who to invite, how to run it.</summary>
public sealed record RetroAgenda(
    IReadOnlyList<string> Questions,
    string NeverAsk,
    IReadOnlyList<RetroInvitee> Invitees,
    string FacilitationNote);
