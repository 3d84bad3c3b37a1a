using System.Globalization;
using LeadershipCoachBot.Protocol.Cards;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>Small pieces the plan cards share: section headings, bullet lists, dates.</summary>
public static class CardSections
{
    public static AdaptiveTextBlock Heading(string title) =>
        new(title) { Weight = AdaptiveTextWeight.Bolder, Spacing = AdaptiveSpacing.Medium, Separator = true };

    public static string Bullets(IEnumerable<string> lines) => string.Join('\n', lines.Select(line => "- " + line));

    /// <summary>"Thu 3 Dec".</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
