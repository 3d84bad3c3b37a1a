namespace LeadershipCoachBot.LoadDriver;

/// <summary>The turns of one whole triage conversation, typed as a person would.</summary>
public static class TriageScript
{
    public static IReadOnlyList<string> Turns { get; } =
    [
        "triage",
        "Checkout requests fail for some EU customers after the payments migration.",
        "some customers",
        "no",
        "not sure",
        "contained",
    ];
}
