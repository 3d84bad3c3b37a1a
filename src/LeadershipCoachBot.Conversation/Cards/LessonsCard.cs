using System.Globalization;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The lessons recorded so far, newest first, with buttons to add, export and forget.</summary>
public static class LessonsCard
{
    /// <summary>The most lessons the card lists; export shows them all.</summary>
    public const int MaxShown = 20;

    public static Attachment Create(IReadOnlyList<Lesson> lessons, bool isTeam)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var whose = isTeam ? "this team's" : "your";
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock("Lessons we paid for") { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
            new AdaptiveTextBlock(lessons.Count == 0
                ? $"Nothing in {whose} record yet. Type lesson: and what you learned, at any time."
                : string.Create(CultureInfo.InvariantCulture, $"{lessons.Count} of {LessonBook.MaxLessons} in {whose} record, newest first.")),
        };
        foreach (var lesson in lessons.Reverse().Take(MaxShown))
        {
            body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock(lesson.Text),
                    new AdaptiveTextBlock(string.Create(CultureInfo.InvariantCulture, $"{LessonLabels.Label(lesson.Kind)} · {lesson.RecordedOn:d MMM yyyy}")
                        + (lesson.Incident is { Length: > 0 } incident ? $" · {incident}" : string.Empty))
                    {
                        IsSubtle = true,
                        Spacing = AdaptiveSpacing.Small,
                    },
                ],
            });
        }

        if (lessons.Count > MaxShown)
        {
            body.Add(new AdaptiveTextBlock(string.Create(CultureInfo.InvariantCulture, $"And {lessons.Count - MaxShown} older ones: export to see them all.")) { IsSubtle = true });
        }

        var actions = new List<AdaptiveAction> { Button("Add a lesson", FollowThroughActions.AddLesson) };
        if (lessons.Count > 0)
        {
            actions.Add(Button("Export as Markdown", FollowThroughActions.ExportLessons));
            actions.Add(Button("Forget my lessons", FollowThroughActions.ForgetLessons));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = string.Create(CultureInfo.InvariantCulture, $"{lessons.Count} lessons in {whose} record."),
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }

    private static AdaptiveSubmitAction Button(string title, string action) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = action });
}
