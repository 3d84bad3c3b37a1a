namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>One button of a triage question: its label, the answer it means, and the other words that pick it.</summary>
public sealed record TriageChoice<TAnswer>(string Label, TAnswer Answer, params string[] Synonyms)
    where TAnswer : struct, Enum;
