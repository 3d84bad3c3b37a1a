namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Where a <see cref="Phrase"/> was found in a reply, in tokens; <paramref name="Cue"/> is the negation before it, if any.</summary>
internal readonly record struct PhraseMatch(Phrase Phrase, int Start, int Length, string? Cue = null)
{
    public int End => Start + Length;

    /// <summary>Whether this match lies inside <paramref name="other"/> and is shorter.</summary>
    public bool IsInside(PhraseMatch other) => Length < other.Length && Start >= other.Start && End <= other.End;
}
