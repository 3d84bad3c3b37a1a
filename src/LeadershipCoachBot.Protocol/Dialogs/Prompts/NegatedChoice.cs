namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>A label or synonym found right after a negation, and so not taken as its choice.</summary>
/// <param name="Index">The zero-based position of the choice the phrase belongs to.</param>
/// <param name="Negation">The negation before it: "not", "isn't", "never", or "un" glued to the word.</param>
/// <param name="Phrase">The label or synonym, as the choice spells it.</param>
public sealed record NegatedChoice(int Index, string Negation, string Phrase);
