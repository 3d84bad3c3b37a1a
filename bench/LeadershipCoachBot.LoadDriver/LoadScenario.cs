namespace LeadershipCoachBot.LoadDriver;

/// <summary>What each virtual user plays against the bot.</summary>
public enum LoadScenario
{
    /// <summary>Whole incident-triage conversations, each in a new conversation.</summary>
    Triage,

    /// <summary>Draft reviews (review, kind, a long draft), one after another in the user's own conversation.</summary>
    Review,
}
