namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>One part of a drafted message: its heading for the card and its sentences.</summary>
public sealed record DraftSection(DraftPart Part, string Heading, string Text)
{
    /// <summary>The first move of every message: the decision and its impact, in the first person.</summary>
    public static DraftSection OwnIt(string text) => new(DraftPart.OwnIt, "Own it", text);

    /// <summary>The move that names the assumption that failed and what it taught.</summary>
    public static DraftSection FrameIt(string text) => new(DraftPart.FrameIt, "Frame it", text);

    /// <summary>The move that says what happens next, for a message that is not a status update.</summary>
    public static DraftSection MoveIt(string text) => new(DraftPart.WhatWeAreDoing, "Move it", text);
}
