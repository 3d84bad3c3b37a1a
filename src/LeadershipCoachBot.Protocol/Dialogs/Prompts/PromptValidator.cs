namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Decides whether a recognised answer is accepted. A validator that replies itself suppresses the
/// retry prompt for that turn.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
