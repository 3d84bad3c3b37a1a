namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>
/// The "Lessons We Paid For" record: adding within its limits, reading a typed lesson, forgetting
/// one person's lessons. Limits keep one record small enough to store as one item and to show.
/// </summary>
public static class LessonBook
{
    /// <summary>The most lessons one record holds.</summary>
    public const int MaxLessons = 50;

    /// <summary>The longest lesson, in characters.</summary>
    public const int MaxLength = 400;

    private static readonly (string Prefix, LessonKind Kind)[] KindPrefixes =
    [
        ("decision", LessonKind.Decision),
        ("surprise", LessonKind.Surprise),
        ("scar tissue", LessonKind.ScarTissue),
        ("scar", LessonKind.ScarTissue),
    ];

    public static LessonAddResult Add(IReadOnlyList<Lesson> lessons, Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(lesson);
        var text = lesson.Text.Trim();
        if (text.Length == 0)
        {
            return new LessonAddResult(LessonAddOutcome.Empty, lessons);
        }

        if (text.Length > MaxLength)
        {
            return new LessonAddResult(LessonAddOutcome.TooLong, lessons);
        }

        if (lessons.Count >= MaxLessons)
        {
            return new LessonAddResult(LessonAddOutcome.Full, lessons);
        }

        return new LessonAddResult(LessonAddOutcome.Added, [.. lessons, lesson with { Text = text }]);
    }

    /// <summary>The lessons left once <paramref name="author"/>'s are gone.</summary>
    public static IReadOnlyList<Lesson> Forget(IReadOnlyList<Lesson> lessons, string author)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(author);
        return [.. lessons.Where(l => !string.Equals(l.Author, author, StringComparison.Ordinal))];
    }

    /// <summary>The prefix that marks a typed message as a lesson.</summary>
    public const string LessonPrefix = "lesson:";

    /// <summary>
    /// Reads a typed lesson: an optional <c>lesson:</c>, an optional kind (<c>surprise: the cache was cold</c>), then the
    /// lesson. Returns the kind (null when none was named) and the lesson's text, trimmed.
    /// </summary>
    public static (LessonKind? Kind, string Text) Read(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        if (text.StartsWith(LessonPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[LessonPrefix.Length..].Trim();
        }

        foreach (var (prefix, kind) in KindPrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[prefix.Length..].TrimStart();
            if (rest.Length > 0 && rest[0] is ':' or '-')
            {
                return (kind, rest[1..].Trim());
            }
        }

        return (null, text);
    }
}
