using System.Globalization;
using System.Text;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>The lessons as a Markdown page for the team's wiki, grouped by kind, oldest first.</summary>
public static class LessonsMarkdown
{
    public static string Export(IReadOnlyList<Lesson> lessons, DateOnly exportedOn)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var page = new StringBuilder();
        page.AppendLine("# Lessons we paid for").AppendLine();
        page.Append(CultureInfo.InvariantCulture, $"_Exported {exportedOn:d MMMM yyyy}: {lessons.Count} {(lessons.Count == 1 ? "lesson" : "lessons")}._").AppendLine();
        foreach (var (kind, heading) in Groups)
        {
            var group = lessons.Where(l => l.Kind == kind).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            page.AppendLine().Append("## ").AppendLine(heading).AppendLine();
            foreach (var lesson in group)
            {
                page.Append("- ").Append(lesson.Text.ReplaceLineEndings(" "))
                    .Append(CultureInfo.InvariantCulture, $" ({lesson.RecordedOn:d MMM yyyy}")
                    .Append(lesson.Incident is { Length: > 0 } incident ? "; " + incident.ReplaceLineEndings(" ") : string.Empty)
                    .AppendLine(")");
            }
        }

        return page.ToString();
    }

    private static readonly (LessonKind? Kind, string Heading)[] Groups =
    [
        (LessonKind.Decision, "Decisions"),
        (LessonKind.Surprise, "Surprises"),
        (LessonKind.ScarTissue, "Scar tissue"),
        (null, "Other lessons"),
    ];
}
