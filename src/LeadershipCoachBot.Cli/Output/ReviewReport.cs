using System.Globalization;
using System.Text;
using LeadershipCoachBot.Coaching.Tone;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>
/// The readable review: kind and verdict, the draft with flagged spans marked (underlined and coloured
/// on a terminal that supports it, else <c>[[like this]](1)</c>), each finding, and for apologies the
/// components present and missing.
/// </summary>
internal static class ReviewReport
{
    public static void Write(IAnsiConsole console, string draft, ToneReview review, bool withRevised = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(review);
        var guessed = review.KindWasGuessed ? " (guessed from the text; set it with --kind)" : string.Empty;
        console.MarkupLineInterpolated($"[bold]Kind:[/] {review.Kind.Id()}{guessed}");
        console.MarkupLineInterpolated($"[bold]Verdict:[/] [{VerdictColour(review.Verdict)}]{review.Verdict.Id()}[/] {Summary(review)}");
        console.WriteLine();
        console.MarkupLine("[bold]Draft[/]");
        console.Write(new Markup(DraftMarkup(draft, review.Findings, console.Profile.Capabilities.Ansi)));
        console.WriteLine();
        WriteFindings(console, review.Findings);
        if (review.Kind == DraftKind.Apology)
        {
            WriteApology(console, review.ApologyComponents);
        }

        if (withRevised && review.IsRevised)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Revised draft[/] (every applicable suggestion applied; fill the [[bracketed]] parts)");
            console.WriteLine(review.RevisedDraft);
        }
    }

    private static string DraftMarkup(string draft, IReadOnlyList<ToneFinding> findings, bool ansi)
    {
        var markup = new StringBuilder(draft.Length + 64);
        foreach (var segment in MarkedSegment.Split(draft, findings))
        {
            var numbers = string.Join(",", segment.Findings);
            if (!segment.IsFlagged)
            {
                markup.Append(Markup.Escape(segment.Text));
            }
            else if (ansi)
            {
                var colour = SeverityColour(segment.Severity);
                markup.Append(CultureInfo.InvariantCulture, $"[underline {colour}]{Markup.Escape(segment.Text)}[/][{colour}]{Markup.Escape($"({numbers})")}[/]");
            }
            else
            {
                markup.Append(Markup.Escape($"[[{segment.Text}]]({numbers})"));
            }
        }

        return markup.ToString();
    }

    private static void WriteFindings(IAnsiConsole console, IReadOnlyList<ToneFinding> findings)
    {
        console.WriteLine();
        if (findings.Count == 0)
        {
            console.MarkupLine("[bold]Findings:[/] none; the draft is good as it stands.");
            return;
        }

        console.MarkupLine("[bold]Findings[/]");
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var where = f.Sentence is { } sentence ? $", sentence {sentence}" : string.Empty;
            console.MarkupLineInterpolated(
                $"{i + 1,2}. [bold]{f.Category.Id()}[/] ([{SeverityColour(f.Severity)}]{f.Severity.Id()}[/]{where})");
            if (f.Quote is not null)
            {
                Indented(console, $"\"{f.Quote}\"");
            }

            Indented(console, $"Why: {f.Why}");
            Indented(console, $"Suggestion: {f.Suggestion}");
        }
    }

    private static void WriteApology(IAnsiConsole console, IReadOnlyList<ApologyComponent> present)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Apology components[/]");
        Indented(console, $"present: {List(present)}");
        Indented(console, $"missing: {List(ApologyComponentNames.Missing(present))}");
    }

    /// <summary>Plain text indented by four columns, wrapped lines included.</summary>
    private static void Indented(IAnsiConsole console, string text)
    {
        var width = Math.Max(20, console.Profile.Width - 4);
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                console.WriteLine($"    {line}");
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        console.WriteLine($"    {line}");
    }

    private static string List(IEnumerable<ApologyComponent> components)
    {
        var labels = components.Select(c => c.Label()).ToList();
        return labels.Count == 0 ? "none" : string.Join(", ", labels);
    }

    private static string Summary(ToneReview review)
    {
        var high = review.Findings.Count(f => f.Severity == FindingSeverity.High);
        var medium = review.Findings.Count(f => f.Severity == FindingSeverity.Medium);
        var low = review.Findings.Count - high - medium;
        return review.Findings.Count == 0
            ? "(no findings)"
            : $"({high} high, {medium} medium, {low} low)";
    }

    private static string VerdictColour(ToneVerdict verdict) => verdict == ToneVerdict.Ready ? "green" : "red";

    private static string SeverityColour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "red",
        FindingSeverity.Medium => "yellow",
        _ => "blue",
    };
}
