namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>The hard conversations the coach drafts for.</summary>
public enum HardConversationKind
{
    /// <summary>A removal or change that cracked the team.</summary>
    CultureMisfire,

    /// <summary>A security fix the leader deferred was exploited.</summary>
    ExploitedSecurityFix,

    /// <summary>The damage cannot be undone.</summary>
    NoComingBack,
}
