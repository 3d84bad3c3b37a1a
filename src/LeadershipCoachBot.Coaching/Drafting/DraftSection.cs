namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>One part of a drafted message: its heading for the card and its sentences.</summary>
public sealed record DraftSection(DraftPart Part, string Heading, string Text);
