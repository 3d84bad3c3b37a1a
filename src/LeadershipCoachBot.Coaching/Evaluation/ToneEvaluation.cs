using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Evaluation;

/// <summary>Measures the review against labelled drafts: per-category precision, recall and F1.</summary>
public static class ToneEvaluation
{
    /// <summary>Reviews each draft with its labelled kind and compares the categories found with the labels.</summary>
    public static ToneEvaluationReport Evaluate(IEnumerable<LabelledDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var categories = Enum.GetValues<ToneCategory>();
        var tp = new int[categories.Length];
        var fp = new int[categories.Length];
        var fn = new int[categories.Length];
        var misses = new List<DraftMiss>();
        var count = 0;
        foreach (var draft in drafts)
        {
            count++;
            var found = ToneReviewer.Review(draft.Text, draft.Kind).Findings.Select(f => f.Category).ToHashSet();
            var missed = new List<ToneCategory>();
            var spurious = new List<ToneCategory>();
            foreach (var category in categories)
            {
                var labelled = draft.Labels.Contains(category);
                var predicted = found.Contains(category);
                var i = (int)category;
                if (labelled && predicted)
                {
                    tp[i]++;
                }
                else if (predicted)
                {
                    fp[i]++;
                    spurious.Add(category);
                }
                else if (labelled)
                {
                    fn[i]++;
                    missed.Add(category);
                }
            }

            if (missed.Count + spurious.Count > 0)
            {
                misses.Add(new DraftMiss(draft.Id, missed, spurious));
            }
        }

        var scores = categories.Select(c => new CategoryScore(c, tp[(int)c], fp[(int)c], fn[(int)c])).ToList();
        var worstFirst = misses.OrderByDescending(m => m.Errors).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        return new ToneEvaluationReport(count, scores, worstFirst);
    }
}
