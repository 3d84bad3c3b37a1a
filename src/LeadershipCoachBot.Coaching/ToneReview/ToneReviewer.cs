namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>Reviews the tone of a draft, sentence by sentence.</summary>
public static class ToneReviewer
{
    /// <summary>Reviews <paramref name="draft"/>; when <paramref name="kind"/> is null the kind is guessed.</summary>
    public static ToneReview Review(string draft, DraftKind? kind = null) =>
        throw new NotImplementedException("The tone review engine is being written.");
}
