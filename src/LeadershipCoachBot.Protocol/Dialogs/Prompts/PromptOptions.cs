using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>What a prompt asks, how it asks again, and what it accepts. Persisted with the prompt's state.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer was not accepted.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Anything the validator needs (a <c>JsonElement</c> after a reload).</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// How many answers the prompt accepts before it gives up; unlimited when null. Once reached the
    /// prompt ends with a null result without asking again, so the next step must handle
    /// <c>stepContext.Result is null</c> (say what happens next and move on).
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>For a <see cref="TextPrompt"/>: the card input id whose submitted value is the answer (else the first string field).</summary>
    public string? InputId { get; set; }
}
