using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// What the leader told us for a message; every text is theirs, null when they skipped it.
/// </summary>
/// <param name="WhatHappened">What happened and whose call it was.</param>
/// <param name="Assumption">The assumption that turned out wrong.</param>
/// <param name="Impact">Who is affected and how badly (the blast radius).</param>
/// <param name="Known">What we know.</param>
/// <param name="Doing">What we are doing.</param>
/// <param name="Uncertain">What is still uncertain.</param>
/// <param name="NextUpdate">When the next update comes.</param>
/// <param name="Shorter">Draft the short version: one line a part, no framing the leader did not give.</param>
public sealed record MessagePlan(
    DraftKind Kind,
    Audience Audience,
    string? WhatHappened = null,
    string? Assumption = null,
    string? Impact = null,
    string? Known = null,
    string? Doing = null,
    string? Uncertain = null,
    NextUpdateTime? NextUpdate = null,
    bool Shorter = false);
