namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Words that mean one of several answers: <paramref name="Owner"/> is the answer's position.</summary>
internal sealed record Phrase(int Owner, string Text, IReadOnlyList<string> Words)
{
    public static Phrase Of(int owner, string text) => new(owner, text, UtteranceTokens.From(text).Words);

    public string Key => string.Join(' ', Words);
}
