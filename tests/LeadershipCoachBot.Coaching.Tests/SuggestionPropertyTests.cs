using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// What every suggestion and every revised draft must be, checked on every labelled draft there is: a rewrite that
/// parses as sentences, in the draft's voice, with at most one blank, that never touches quoted speech, and a revised
/// draft that raises no category the draft did not.
/// </summary>
public partial class SuggestionPropertyTests
{
    public static TheoryData<string> Sets() => ["holdout", "voices", "realstyle", "dev", "real"];

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void Suggestions_OnEveryLabelledDraft_ArePasteable(string set)
    {
        foreach (var draft in Load(set))
        {
            var review = ToneReviewer.Review(draft.Text, draft.Kind);
            var singular = SingularWord().IsMatch(WithoutQuotes(draft.Text));
            foreach (var finding in review.Findings)
            {
                var line = Pasteable(finding.Suggestion);
                Assert.True(Blank().Count(line) <= 1, $"{draft.Id}: more than one blank in \"{line}\"");
                Assert.True(line.Length > 0 && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '[' or '"'), $"{draft.Id}: \"{line}\" does not start a sentence.");
                Assert.True(line.TrimEnd()[^1] is '.' or '!' or '?' or '"' or ']' or ')' or ':', $"{draft.Id}: \"{line}\" does not end a sentence.");
                if (!singular)
                {
                    Assert.False(SingularWord().IsMatch(WithoutQuotes(line)), $"{draft.Id} speaks as we or as the organisation, but \"{line}\" says I.");
                }
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void RevisedDraft_OnEveryLabelledDraft_KeepsQuotesAndAddsNoCategory(string set)
    {
        var revisedCount = 0;
        foreach (var draft in Load(set))
        {
            var review = ToneReviewer.Review(draft.Text, draft.Kind);
            foreach (var quote in QuotedSpeech(draft.Text))
            {
                Assert.Contains(quote, review.RevisedDraft, StringComparison.Ordinal);
            }

            if (!review.IsRevised)
            {
                continue;
            }

            revisedCount++;
            var before = review.Findings.Select(f => f.Category).ToHashSet();
            var after = ToneReviewer.Review(review.RevisedDraft, draft.Kind).Findings.Select(f => f.Category).ToHashSet();
            after.ExceptWith(before);
            Assert.True(after.Count == 0, $"{draft.Id}: the revised draft raises {string.Join(", ", after.Select(c => c.Id()))}.");
        }

        Assert.True(revisedCount > 0, $"No draft in the {set} set was revised.");
    }

    [Fact]
    public void RevisedDraft_OfAGoodDraft_IsTheDraftItself()
    {
        const string Draft = "Checkout failed for 12% of card payments between 09:10 and 10:05 UTC. " +
            "Moving card payments to the new gateway was my call. I assumed the sandbox matched production; it didn't. " +
            "Lina is moving card traffic back now. We don't yet know whether refunds doubled. Next update at 11:00 UTC.";

        var review = ToneReviewer.Review(Draft, DraftKind.IncidentUpdate);

        Assert.False(review.IsRevised);
        Assert.Equal(Draft, review.RevisedDraft);
    }

    private static IReadOnlyList<LabelledDraft> Load(string set)
    {
        switch (set)
        {
            case "holdout":
                return HoldoutDrafts.All;
            case "voices":
                return VoiceDrafts.All;
            case "realstyle":
                return RealStyleDrafts.All;
            case "dev":
                SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
                return DevDrafts.All;
            default:
                SharedFiles.SkipUnlessPresent(SharedFiles.RealDrafts);
                return LabelledDraftFile.Load(SharedFiles.RealDrafts);
        }
    }

    /// <summary>The pasteable words of a suggestion: the quoted line after advice, else the whole line.</summary>
    private static string Pasteable(string suggestion)
    {
        var open = suggestion.IndexOf(": \"", StringComparison.Ordinal);
        return open >= 0 && suggestion.EndsWith('"') ? suggestion[(open + 3)..^1] : suggestion;
    }

    /// <summary>The quoted speech of a draft (four words or more between double quotes), as the draft spells it.</summary>
    private static List<string> QuotedSpeech(string text)
    {
        using var prepared = DraftText.Prepare(text);
        return prepared.Quotations.Select(q => text[q.Start..q.End]).ToList();
    }

    private static string WithoutQuotes(string text)
    {
        var quotes = QuotedSpeech(text);
        return quotes.Aggregate(text, (rest, quote) => rest.Replace(quote, string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\[[^\]]+\]")]
    private static partial Regex Blank();

    [GeneratedRegex(@"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|myself)\b")]
    private static partial Regex SingularWord();

}
