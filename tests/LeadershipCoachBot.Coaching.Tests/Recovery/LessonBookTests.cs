using LeadershipCoachBot.Coaching.Recovery;

namespace LeadershipCoachBot.Coaching.Tests.Recovery;

public class LessonBookTests
{
    private static readonly DateOnly Day = new(2026, 12, 3);

    [Theory]
    [InlineData("surprise: the replica lag was hours, not seconds", LessonKind.Surprise, "the replica lag was hours, not seconds")]
    [InlineData("Scar tissue - rehearse every rollback", LessonKind.ScarTissue, "rehearse every rollback")]
    [InlineData("scar: no Friday migrations", LessonKind.ScarTissue, "no Friday migrations")]
    [InlineData("DECISION: we shipped without a canary", LessonKind.Decision, "we shipped without a canary")]
    [InlineData("  decisions matter  ", null, "decisions matter")]
    [InlineData("surprised nobody", null, "surprised nobody")]
    [InlineData("Lesson: surprise: the cache was cold", LessonKind.Surprise, "the cache was cold")]
    [InlineData("lesson:   keep the runbook short", null, "keep the runbook short")]
    public void Read_OptionalKindFirst_SplitsKindAndText(string typed, LessonKind? kind, string text) =>
        Assert.Equal((kind, text), LessonBook.Read(typed));

    [Fact]
    public void Add_WithinLimits_AppendsTrimmed()
    {
        var result = LessonBook.Add([], Lesson("  Canary first.  "));

        Assert.Equal(LessonAddOutcome.Added, result.Outcome);
        Assert.Equal("Canary first.", Assert.Single(result.Lessons).Text);
    }

    [Theory]
    [InlineData("   ", LessonAddOutcome.Empty)]
    [InlineData(null, LessonAddOutcome.TooLong)]
    public void Add_EmptyOrTooLong_IsRefusedAndChangesNothing(string? text, LessonAddOutcome outcome)
    {
        IReadOnlyList<Lesson> before = [Lesson("one")];

        var result = LessonBook.Add(before, Lesson(text ?? new string('x', LessonBook.MaxLength + 1)));

        Assert.Equal(outcome, result.Outcome);
        Assert.Same(before, result.Lessons);
    }

    [Fact]
    public void Add_AtTheLimitOfLength_IsAccepted() =>
        Assert.Equal(LessonAddOutcome.Added, LessonBook.Add([], Lesson(new string('x', LessonBook.MaxLength))).Outcome);

    [Fact]
    public void Add_WhenFull_IsRefused()
    {
        var full = Enumerable.Range(0, LessonBook.MaxLessons).Select(i => Lesson($"lesson {i}")).ToList();

        var result = LessonBook.Add(full, Lesson("one more"));

        Assert.Equal(LessonAddOutcome.Full, result.Outcome);
        Assert.Equal(LessonBook.MaxLessons, result.Lessons.Count);
        Assert.Equal(LessonAddOutcome.Added, LessonBook.Add(full[1..], Lesson("one more")).Outcome);
    }

    [Fact]
    public void Forget_RemovesOnlyThatAuthorsLessons()
    {
        IReadOnlyList<Lesson> lessons = [Lesson("a", "me"), Lesson("b", "you"), Lesson("c", "me")];

        Assert.Equal(["b"], LessonBook.Forget(lessons, "me").Select(l => l.Text));
    }

    [Fact]
    public void Export_GroupsByKindInOrder_WithDateAndIncident()
    {
        IReadOnlyList<Lesson> lessons =
        [
            Lesson("No big-bang cutovers.", kind: LessonKind.ScarTissue),
            Lesson("Read replicas lagged by hours.", kind: LessonKind.Surprise, incident: "Checkout down for EU"),
            Lesson("We skipped the canary to hit the date.", kind: LessonKind.Decision),
            Lesson("Ask support first.\nThey knew.", kind: null),
        ];

        var page = LessonsMarkdown.Export(lessons, Day);

        Assert.StartsWith("# Lessons we paid for", page, StringComparison.Ordinal);
        Assert.Contains("_Exported 3 December 2026: 4 lessons._", page, StringComparison.Ordinal);
        Assert.Contains("- Read replicas lagged by hours. (3 Dec 2026; Checkout down for EU)", page, StringComparison.Ordinal);
        Assert.Contains("- Ask support first. They knew. (3 Dec 2026)", page, StringComparison.Ordinal);
        var order = new[] { "## Decisions", "## Surprises", "## Scar tissue", "## Other lessons" }.Select(h => page.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Export_NoLessonsOfAKind_LeavesItsHeadingOut() =>
        Assert.DoesNotContain("## Surprises", LessonsMarkdown.Export([Lesson("x", kind: LessonKind.Decision)], Day), StringComparison.Ordinal);

    private static Lesson Lesson(string text, string author = "me", LessonKind? kind = LessonKind.Decision, string? incident = null) =>
        new(text, kind, incident, Day, author);
}
