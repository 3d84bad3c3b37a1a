namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// Words that speak for an intent, and how strongly. <paramref name="Phrase"/> is matched as whole,
/// consecutive words of the normalised text; a word ending in <c>*</c> matches any word it starts,
/// and a word of five letters or more also matches with one typo. A negative weight speaks against.
/// </summary>
public sealed record IntentCue(CoachIntent Intent, string Phrase, int Weight);
