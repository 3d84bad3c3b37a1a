using LeadershipCoachBot.Protocol.Cards;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>.</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length > 0 ? [.. synonyms] : null;
    }

    /// <summary>The label shown and the value returned.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>A button to show instead of the default one; its submit data should carry <c>{"choice": Value}</c>.</summary>
    public AdaptiveAction? Action { get; set; }

    /// <summary>Other words that pick this choice.</summary>
    public IList<string>? Synonyms { get; set; }
}
