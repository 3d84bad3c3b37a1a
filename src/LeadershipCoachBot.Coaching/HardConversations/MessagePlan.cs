namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>
/// A message in the three moves of a good message: own it (the decision and its impact, in the
/// first person), frame it (which assumption failed and what it taught), move it (what happens
/// next, with times). <see cref="MessageComposer"/> turns it into text.
/// </summary>
public sealed record MessagePlan(string OwnIt, string FrameIt, string MoveIt);
