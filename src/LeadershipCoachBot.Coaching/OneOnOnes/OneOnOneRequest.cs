namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>What the leader tells us before a 1:1 after a failure.</summary>
/// <param name="Role">Who the person is to the failure.</param>
/// <param name="WhatHappened">What happened, in the leader's words; null when skipped.</param>
/// <param name="HowTheyFeel">What the leader knows of how the person feels; null when skipped.</param>
public sealed record OneOnOneRequest(PersonRole Role, string? WhatHappened = null, string? HowTheyFeel = null);
