using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>Records a lesson: its kind (decision, surprise, scar tissue) and the lesson itself.</summary>
public static class LessonCard
{
    public const string KindInputId = "kind";
    public const string LessonInputId = "lesson";

    public static Attachment Create(string? incident)
    {
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock("Record a lesson we paid for") { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
            new AdaptiveTextBlock("Write it down while it is fresh: a decision and what it taught, a surprise, or scar tissue we now keep."),
        };
        if (incident is { Length: > 0 })
        {
            body.Add(new AdaptiveTextBlock($"It will be kept against: {incident}") { IsSubtle = true, Spacing = AdaptiveSpacing.Small });
        }

        body.Add(new AdaptiveChoiceSetInput
        {
            Id = KindInputId,
            Label = "What kind of lesson?",
            Style = "expanded",
            Value = LessonLabels.All.First().Value,
            Choices = [.. LessonLabels.All.Select(k => new AdaptiveChoice(k.Label, k.Value))],
        });
        body.Add(new AdaptiveTextInput
        {
            Id = LessonInputId,
            Label = "The lesson",
            Placeholder = "e.g. A rollback we have never rehearsed is not a rollback",
            IsMultiline = true,
            MaxLength = LessonBook.MaxLength,
            IsRequired = true,
            ErrorMessage = "Write the lesson, then tap Save.",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new AdaptiveSubmitAction { Title = "Save" }],
            FallbackText = "Type the lesson, starting with decision:, surprise: or scar tissue: if you like.",
        }.ToAttachment();
    }
}
