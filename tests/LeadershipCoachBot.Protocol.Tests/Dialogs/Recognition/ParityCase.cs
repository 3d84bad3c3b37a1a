namespace LeadershipCoachBot.Protocol.Tests.Dialogs.Recognition;

/// <summary>
/// One typed reply, what the Bot Framework SDK's choice or confirm prompt returns for it, and what
/// ours returns. They differ only where we are stricter or understand more on purpose; then
/// <paramref name="Why"/> says why.
/// </summary>
public sealed record ParityCase(string Group, string Set, string Reply, string? Sdk, string? Ours, string? Why)
{
    public static ParityCase Same(string group, string set, string reply, string? expected) => new(group, set, reply, expected, expected, null);

    public static ParityCase Differs(string group, string set, string reply, string? sdk, string? ours, string why) => new(group, set, reply, sdk, ours, why);

    public override string ToString() => $"{Group} | {Set} | \"{Reply}\"";
}
