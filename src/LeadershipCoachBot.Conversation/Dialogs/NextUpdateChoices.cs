using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of the next-update question, the words that also pick them, and how far ahead each is.</summary>
public static class NextUpdateChoices
{
    public const string Default = "Skip (use the default)";

    /// <summary>How far ahead each button sets the next update; null for <see cref="Default"/>.</summary>
    public static IReadOnlyDictionary<string, TimeSpan?> Delays { get; } = new Dictionary<string, TimeSpan?>(StringComparer.Ordinal)
    {
        ["In 30 minutes"] = TimeSpan.FromMinutes(30),
        ["In 1 hour"] = TimeSpan.FromHours(1),
        ["In 4 hours"] = TimeSpan.FromHours(4),
        ["Tomorrow, same time"] = TimeSpan.FromDays(1),
        [Default] = null,
    };

    public static IList<Choice> Choices() =>
    [
        new("In 30 minutes", "30", "30 minutes", "30 mins", "30 min", "half an hour", "half hour", "30m"),
        new("In 1 hour", "1 hour", "an hour", "one hour", "hour", "60 minutes", "1h", "60"),
        new("In 4 hours", "4 hours", "four hours", "4h", "this afternoon", "later today"),
        new("Tomorrow, same time", "tomorrow", "tomorrow morning", "24 hours", "a day", "next day"),
        new(Default, "skip", "default", "you pick", "not sure", "dunno", "idk", "don't know", "no idea", "whatever"),
    ];
}
