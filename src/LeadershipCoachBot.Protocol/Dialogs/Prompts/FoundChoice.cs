namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>The choice a reply picked.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Zero-based position in the list of choices.</summary>
    public int Index { get; set; }

    /// <summary>1.0 for an exact label, synonym, number or button; less for a label found inside a longer reply.</summary>
    public double Score { get; set; }

    /// <summary>The synonym that matched, if one did.</summary>
    public string? Synonym { get; set; }
}
