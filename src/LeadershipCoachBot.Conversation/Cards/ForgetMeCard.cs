using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// Asks before <c>forget me</c> deletes anything: each kind of data that will go, that it cannot be
/// undone, and Yes/No buttons (typing yes or no works too).
/// </summary>
public static class ForgetMeCard
{
    public const string Title = "Delete what I keep about you?";
    public const string YesTitle = "Yes, delete it";
    public const string NoTitle = "No, keep it";

    public static Attachment Create(IReadOnlyList<string> willDelete)
    {
        ArgumentNullException.ThrowIfNull(willDelete);
        var list = string.Join("\n", willDelete.Select(d => "- " + d));
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock(Title) { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
                new AdaptiveTextBlock("If you say yes, I will delete what I hold about you:") { Spacing = AdaptiveSpacing.Small },
                new AdaptiveTextBlock(list) { Spacing = AdaptiveSpacing.Small },
                new AdaptiveTextBlock("It cannot be undone. Say no and nothing is deleted; you can also type yes or no.") { IsSubtle = true },
            ],
            Actions =
            [
                Answer(YesTitle, CardActions.Yes),
                Answer(NoTitle, CardActions.No),
            ],
            FallbackText = $"{Title} I would delete: {string.Join("; ", willDelete)}. Reply yes to delete it, or no to keep it.",
        }.ToAttachment();
    }

    private static AdaptiveSubmitAction Answer(string title, string answer) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = CardActions.ForgetMe, [CardActions.AnswerField] = answer });
}
