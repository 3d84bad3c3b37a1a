namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Why a reply picked no choice.</summary>
public enum ChoiceMiss
{
    /// <summary>A choice was picked.</summary>
    None,

    /// <summary>The reply was empty.</summary>
    Empty,

    /// <summary>No label, synonym, position or number of a choice was in the reply.</summary>
    NoMatch,

    /// <summary>The reply fits more than one choice.</summary>
    MoreThanOne,

    /// <summary>The only words that named a choice came after a negation ("not fixed").</summary>
    Negated,

    /// <summary>The reply named a position or number past the end of the list.</summary>
    OutOfRange,
}
