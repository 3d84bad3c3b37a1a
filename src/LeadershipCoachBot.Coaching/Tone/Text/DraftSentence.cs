namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>One sentence of a draft: its 1-based number and where it sits in the draft (UTF-16 offsets).</summary>
internal readonly record struct DraftSentence(int Number, int Start, int Length)
{
    public int End => Start + Length;
}
