using LeadershipCoachBot.Coaching.Tone.Engine;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>Reviews the tone of a draft, sentence by sentence. Pure and deterministic; linear in the draft's length.</summary>
public static class ToneReviewer
{
    /// <summary>Reviews <paramref name="draft"/>; when <paramref name="kind"/> is null the kind is guessed.</summary>
    public static ToneReview Review(string draft, DraftKind? kind = null)
    {
        var (review, edits) = Assess(draft, kind);
        return new ToneReview(review.Kind, review.KindWasGuessed, review.Findings, review.ApologyComponents, () =>
        {
            var revised = DraftReviser.Revise(draft, edits, review, d => Assess(d, review.Kind).Review);
            return (revised, !string.Equals(revised, draft, StringComparison.Ordinal));
        });
    }

    /// <summary>Whether <paramref name="finding"/> only says a [blank] is still to be filled in, not that the tone is off.</summary>
    public static bool IsBlankToFill(ToneFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Equals(finding.Why, PlaceholderReader.Why, StringComparison.Ordinal);
    }

    /// <summary>Whether the draft has at least one sentence of content (not only a greeting, a sign-off or a name).</summary>
    public static bool HasContent(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var text = DraftText.Prepare(draft);
        return ContentReader.HasContent(text);
    }

    private static (ToneReview Review, List<DraftEdit?> Edits) Assess(string draft, DraftKind? kind)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var text = DraftText.Prepare(draft);
        var elements = ElementDetector.Present(text);
        var reviewedKind = kind ?? KindGuesser.Guess(text);
        var voice = VoiceReader.Of(text);

        var findings = new List<ToneFinding>();
        var edits = new List<DraftEdit?>();
        foreach (var policy in PhrasingPolicies.All)
        {
            foreach (var hit in PhrasingScorer.Decide(text, policy, elements))
            {
                var finding = PhrasingFinding(text, policy, hit, voice);
                findings.Add(finding);
                edits.Add(DraftEdit.ForPhrasing(text, hit, finding));
            }
        }

        findings.Sort((a, b) => a.Start!.Value != b.Start!.Value
            ? a.Start.Value.CompareTo(b.Start.Value)
            : a.Category.CompareTo(b.Category));
        findings = Once(findings);

        var blanks = PlaceholderReader.Find(text);
        var addedLines = blanks
            .Select(b => (b.Blank, Check: PlaceholderReader.AddedLineOf(text, b.Sentence, voice)))
            .ToList();

        var gaps = new List<ToneFinding>();
        foreach (var check in StructuralChecks.All)
        {
            // A line the review added earlier, blank and all, already stands for the move: ask for the blank, not a second copy.
            if (check.Severity.TryGetValue(reviewedKind, out var severity) && !elements.Contains(check.Element)
                && !addedLines.Any(a => a.Check == check))
            {
                var suggestion = SuggestionWriter.ForStructure(text, check, voice);
                gaps.Add(new ToneFinding(check.Category, severity, check.Why, suggestion));
                edits.Add(DraftEdit.Addition(check.Category, SuggestionWriter.Pasteable(suggestion)));
            }
        }

        findings.AddRange(SeverityCalibration.Calibrate(findings, gaps, voice));
        findings.AddRange(BlankFindings(addedLines, findings).ToList());
        var components = reviewedKind == DraftKind.Apology ? ApologyComponentDetector.Detect(text, elements) : [];
        return (new ToneReview(reviewedKind, kind is null, findings, components), edits);
    }

    /// <summary>
    /// Each phrasing finding once: a repeat of the same category on the same words (a pasted sentence twice) folds
    /// into the first, which counts them. The edits still mend every copy in the revised draft.
    /// </summary>
    private static List<ToneFinding> Once(List<ToneFinding> findings)
    {
        var first = new Dictionary<(ToneCategory, string), int>(SameWords.Instance);
        var once = new List<ToneFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var key = (finding.Category, finding.Quote!);
            if (first.TryGetValue(key, out var at))
            {
                once[at] = once[at] with { Occurrences = once[at].Occurrences + 1 };
                continue;
            }

            first[key] = once.Count;
            once.Add(finding);
        }

        return once;
    }

    /// <summary>
    /// One finding per blank still in the draft, so a draft with a blank is never ready. Its category is the missing
    /// move whose line holds it, else one the review already raises, else next steps.
    /// </summary>
    private static IEnumerable<ToneFinding> BlankFindings(List<(string Blank, StructuralCheck? Check)> blanks, List<ToneFinding> findings)
    {
        var fallback = findings.FirstOrDefault(f => f.Category >= ToneCategory.MissingOwnership)?.Category ?? ToneCategory.MissingNextSteps;
        var seen = new HashSet<(ToneCategory, string)>();
        foreach (var (blank, check) in blanks)
        {
            var category = check?.Category ?? fallback;
            if (seen.Add((category, blank)))
            {
                yield return new ToneFinding(category, FindingSeverity.Medium, PlaceholderReader.Why, PlaceholderReader.Suggestion(blank));
            }
        }
    }

    private static ToneFinding PhrasingFinding(DraftText text, PhrasingPolicy policy, RuleHit hit, DraftVoice voice)
    {
        var (start, length) = ClauseBounds.Around(text.Folded, hit.Sentence, hit.Start, hit.Length);
        return new ToneFinding(
            policy.Category,
            hit.Rule.Severity,
            policy.Why,
            SuggestionWriter.ForPhrasing(text, hit, (start, length), policy.Fallback, voice),
            hit.Sentence.Number,
            start,
            length,
            text.Original.Substring(start, length),
            hit.Rule.Name);
    }

    /// <summary>Findings of one category on the same words: quotes equal ignoring case and how the spaces run, compared without copying them.</summary>
    private sealed class SameWords : IEqualityComparer<(ToneCategory Category, string Quote)>
    {
        public static readonly SameWords Instance = new();

        public bool Equals((ToneCategory Category, string Quote) x, (ToneCategory Category, string Quote) y)
        {
            if (x.Category != y.Category)
            {
                return false;
            }

            var (a, b) = (new WordReader(x.Quote), new WordReader(y.Quote));
            while (true)
            {
                var (c, d) = (a.Next(), b.Next());
                if (c != d)
                {
                    return false;
                }

                if (c < 0)
                {
                    return true;
                }
            }
        }

        public int GetHashCode((ToneCategory Category, string Quote) key)
        {
            var hash = new HashCode();
            hash.Add(key.Category);
            var reader = new WordReader(key.Quote);
            for (var c = reader.Next(); c >= 0; c = reader.Next())
            {
                hash.Add(c);
            }

            return hash.ToHashCode();
        }

        /// <summary>A quote's characters, lower-cased, with every run of spaces as one space and none at either end; -1 at the end.</summary>
        private struct WordReader(string quote)
        {
            private int _at;
            private bool _started;
            private bool _spaceDue;

            public int Next()
            {
                while (_at < quote.Length && char.IsWhiteSpace(quote[_at]))
                {
                    _spaceDue |= _started;
                    _at++;
                }

                if (_at == quote.Length)
                {
                    return -1;
                }

                if (_spaceDue)
                {
                    _spaceDue = false;
                    return ' ';
                }

                _started = true;
                return char.ToLowerInvariant(quote[_at++]);
            }
        }
    }
}
