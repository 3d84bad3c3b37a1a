namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>Who the person in the 1:1 is to the failure.</summary>
public enum PersonRole
{
    /// <summary>Made the call together with the leader.</summary>
    MadeTheCall,

    /// <summary>Carried out the change that failed.</summary>
    RanTheChange,

    /// <summary>Took the impact: extra work, angry customers, lost time.</summary>
    WasAffected,

    /// <summary>Is worried about their job.</summary>
    WorriedAboutTheirJob,

    /// <summary>The informal leader others follow.</summary>
    InformalLeader,

    /// <summary>Warned against the decision.</summary>
    WarnedAgainstIt,
}
