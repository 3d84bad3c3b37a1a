namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>What a 1:1 plan says for one role, before dates and the leader's own notes are added.</summary>
internal sealed record RoleGuide(
    string Who,
    string Opener,
    string[] Questions,
    string Blame,
    string Feelings,
    string Regret,
    string Promises,
    string PurposefulWork,
    int FollowUpAfterDays,
    string FollowUpAbout);
