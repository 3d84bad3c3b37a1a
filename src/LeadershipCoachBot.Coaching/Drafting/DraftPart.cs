namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>The parts of a drafted message, in the order they are written.</summary>
public enum DraftPart
{
    OwnIt,
    WhatWeKnow,
    WhatWeAreDoing,
    StillUncertain,
    FrameIt,
    NextUpdate,
}
