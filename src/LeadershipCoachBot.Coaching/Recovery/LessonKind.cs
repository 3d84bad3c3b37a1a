namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>The three kinds of lesson the record keeps.</summary>
public enum LessonKind
{
    /// <summary>A decision, and what it taught.</summary>
    Decision,

    /// <summary>Something that surprised us.</summary>
    Surprise,

    /// <summary>Scar tissue: a habit or rule we keep because of this.</summary>
    ScarTissue,
}
