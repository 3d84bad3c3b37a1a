using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>
/// Writes a review as the contract's JSON object: <c>kind</c>, <c>verdict</c>, <c>findings</c> in that
/// order, then the extras <c>kindGuessed</c>, for apologies <c>apologyComponents</c>, and when asked <c>revised</c>.
/// </summary>
internal static class ReviewJson
{
    /// <summary>The object <c>review --json</c> prints.</summary>
    public static string Document(ToneReview review, bool withRevised = false) =>
        JsonText.Write(JsonText.Indented, w => WriteReview(w, review, id: null, withId: false, withRevised));

    /// <summary>One output line of <c>review --jsonl</c>: the input's id, then the contract's object.</summary>
    public static string Line(JsonNode? id, ToneReview review, bool withRevised = false) =>
        JsonText.Write(JsonText.Compact, w => WriteReview(w, review, id, withId: true, withRevised));

    /// <summary>The line written for an input line that could not be reviewed.</summary>
    public static string ErrorLine(JsonNode? id, int lineNumber, string error) => JsonText.Write(JsonText.Compact, w =>
    {
        w.WriteStartObject();
        WriteId(w, id);
        w.WriteNumber("line", lineNumber);
        w.WriteString("error", error);
        w.WriteEndObject();
    });

    private static void WriteReview(Utf8JsonWriter w, ToneReview review, JsonNode? id, bool withId, bool withRevised)
    {
        ArgumentNullException.ThrowIfNull(review);
        w.WriteStartObject();
        if (withId)
        {
            WriteId(w, id);
        }

        w.WriteString("kind", review.Kind.Id());
        w.WriteString("verdict", review.Verdict.Id());
        w.WriteStartArray("findings");
        foreach (var finding in review.Findings)
        {
            WriteFinding(w, finding);
        }

        w.WriteEndArray();
        w.WriteBoolean("kindGuessed", review.KindWasGuessed);
        if (review.Kind == DraftKind.Apology)
        {
            WriteApologyComponents(w, review.ApologyComponents);
        }

        if (withRevised)
        {
            w.WriteString("revised", review.RevisedDraft);
        }

        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, ToneFinding finding)
    {
        w.WriteStartObject();
        w.WriteString("category", finding.Category.Id());
        w.WriteString("severity", finding.Severity.Id());
        if (finding is { Sentence: { } sentence, Start: { } start, Length: { } length, Quote: { } quote })
        {
            w.WriteNumber("sentence", sentence);
            w.WriteNumber("start", start);
            w.WriteNumber("length", length);
            w.WriteString("quote", quote);
        }

        w.WriteString("why", finding.Why);
        w.WriteString("suggestion", finding.Suggestion);
        w.WriteEndObject();
    }

    private static void WriteApologyComponents(Utf8JsonWriter w, IReadOnlyList<ApologyComponent> present)
    {
        w.WriteStartObject("apologyComponents");
        w.WriteStartArray("present");
        foreach (var component in present)
        {
            w.WriteStringValue(component.Id());
        }

        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (var component in ApologyComponentNames.Missing(present))
        {
            w.WriteStringValue(component.Id());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter w, JsonNode? id)
    {
        w.WritePropertyName("id");
        if (id is null)
        {
            w.WriteNullValue();
        }
        else
        {
            id.WriteTo(w);
        }
    }
}
