using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Coaching.Tone.Engine;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// A rewrite spliced into a sentence replaces its own clause only: the words before it stay a whole clause, so no
/// joiner ("and", "so", "because") or comma is swallowed and the sentence never reads as words dropped into nonsense.
/// </summary>
public class SuggestionSpliceTests
{
    private static readonly HashSet<string> Joiners = new(
        ["and", "but", "so", "because", "while", "although", "though", "whereas", "or", "yet", "since", "which", "then", "when"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseOpeners = new(
        ["the", "our", "their", "a", "an", "this", "that", "my", "your", "we", "they", "i", "he", "she", "it", "you"],
        StringComparer.Ordinal);

    public static TheoryData<string> Sets() => ["holdout", "voices", "realstyle", "dev", "real"];

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void Splice_OnEveryLabelledDraft_DropsNoClauseJoiner(string set)
    {
        foreach (var draft in Load(set))
        {
            using var text = DraftText.Prepare(draft.Text);
            foreach (var finding in ToneReviewer.Review(draft.Text, draft.Kind).Findings.Where(f => f.Sentence is not null))
            {
                var sentence = text.Sentences[finding.Sentence!.Value - 1];
                var dropped = DroppedWords(text.Original.Substring(sentence.Start, sentence.Length), SuggestionWriter.Pasteable(finding.Suggestion));
                // A delimiter closing the replaced words is the rewrite's own end; one before them, or a comma before a
                // new subject, is the end of a clause it swallowed. A comma in a list of words ("a recent, small") is not.
                Assert.False(
                    dropped.SkipLast(1).Select((w, i) => (w, next: dropped[i + 1].ToLowerInvariant()))
                        .Any(p => p.w.EndsWith(';') || (p.w.EndsWith(',') && ClauseOpeners.Contains(p.next)))
                    || dropped.Any(w => Joiners.Contains(w.ToLowerInvariant())),
                    $"{draft.Id}: the rewrite \"{finding.Suggestion}\" swallows \"{string.Join(' ', dropped)}\".");
            }
        }
    }

    [Fact]
    public void Splice_AfterAJoinerInsideTheMatch_KeepsTheClauseBefore()
    {
        const string Draft = "Frankly the new logging library slowed checkout badly and QA should have flagged it before release.";

        var finding = ToneReviewer.Review(Draft, DraftKind.ExecUpdate).Findings.First(f => f.Category == ToneCategory.BlameShifting);

        Assert.Equal("Frankly the new logging library slowed checkout badly and we should have flagged it before release. The call to go ahead was ours.", finding.Suggestion);
    }

    [Fact]
    public void Splice_RevisedDraft_CarriesTheWholeClauseBefore()
    {
        const string Draft = "Frankly the new logging library slowed checkout badly and QA should have flagged it before release.";

        var review = ToneReviewer.Review(Draft, DraftKind.ExecUpdate);

        Assert.Contains("slowed checkout badly and we should have flagged it", review.RevisedDraft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worse and QA should have", 10)]
    [InlineData("the ops team missed", 0)]
    [InlineData("late, the vendor missed", 6)]
    [InlineData("Android devs missed", 0)]
    [InlineData("recent, small update", 0)]
    public void KeptLead_KeepsWordsUpToTheLastJoiner(string matched, int kept) =>
        Assert.Equal(kept, SuggestionWriter.KeptLead(matched));

    /// <summary>
    /// The sentence's words a spliced rewrite replaced: those after the longest shared opening and before the first
    /// run of the sentence's closing words found again after it. Empty when the suggestion is not a splice.
    /// </summary>
    private static List<string> DroppedWords(string sentence, string suggestion)
    {
        var original = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rewritten = suggestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shared = 0;
        while (shared < original.Length && shared < rewritten.Length
            && string.Equals(original[shared], rewritten[shared], StringComparison.OrdinalIgnoreCase))
        {
            shared++;
        }

        if (shared < 2 || shared == original.Length)
        {
            return [];
        }

        var tail = string.Join(' ', rewritten.Skip(shared));
        for (var resume = shared; resume < original.Length; resume++)
        {
            if (tail.Contains(string.Join(' ', original.Skip(resume)), StringComparison.Ordinal))
            {
                return [.. original.Skip(shared).Take(resume - shared)];
            }
        }

        return [];
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
}
