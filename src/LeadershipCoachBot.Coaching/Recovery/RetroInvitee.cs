namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>Someone to invite to the blameless retro, and the view they bring.</summary>
public sealed record RetroInvitee(string Who, string Why);
