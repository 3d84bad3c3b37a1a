namespace LeadershipCoachBot.LoadDriver;

/// <summary>
/// The turns of one draft review, typed as a person would: the command, the kind of draft, then the draft.
/// Every review sends a different draft (see <see cref="LoadDrafts"/>) so the bot never sees the same text twice.
/// </summary>
public static class ReviewScript
{
    private static readonly string[] Kinds = ["Update to executives", "Incident update", "Apology", "Message to my team", "Not sure"];

    public static IReadOnlyList<string> Turns(int user, int review, int draftCharacters) =>
    [
        "review",
        Kinds[(user + review) % Kinds.Length],
        LoadDrafts.Build(HashCode.Combine(user, review), draftCharacters),
    ];
}
