namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>What <see cref="ChoiceRecognizer"/> made of a reply: the choice it picked, or why it picked none.</summary>
public sealed class ChoiceReading
{
    public FoundChoice? Found { get; init; }

    public ChoiceMiss Miss { get; init; }

    /// <summary>For <see cref="ChoiceMiss.MoreThanOne"/>: the zero-based positions of the choices the reply fits, in list order.</summary>
    public IReadOnlyList<int> Candidates { get; init; } = [];

    /// <summary>For <see cref="ChoiceMiss.Negated"/>: the first label or synonym found right after a negation.</summary>
    public NegatedChoice? Negated { get; init; }

    internal static ChoiceReading Missed(ChoiceMiss miss) => new() { Miss = miss };
}
