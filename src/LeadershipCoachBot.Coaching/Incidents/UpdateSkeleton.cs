namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>The four parts of a stabilising first update, with prompts to fill in.</summary>
public sealed record UpdateSkeleton(string WhatWeKnow, string WhatWeAreDoing, string WhatIsUncertain, DateTimeOffset NextUpdateAt);
