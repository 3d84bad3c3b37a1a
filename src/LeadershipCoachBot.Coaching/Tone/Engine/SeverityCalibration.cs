using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Weighs the structural gaps against the whole draft. A draft with no phrasing trap and a single medium gap is a
/// strong text with one thing to add, so that gap is low and the verdict stays ready; a missing first-person
/// ownership line weighs less in a draft written as "we" or as the organisation, where the owner speaks in plural.
/// </summary>
internal static class SeverityCalibration
{
    public static IEnumerable<ToneFinding> Calibrate(IReadOnlyList<ToneFinding> phrasing, IReadOnlyList<ToneFinding> gaps, DraftVoice voice)
    {
        var calibrated = gaps.Select(g => g.Category == ToneCategory.MissingOwnership && voice != DraftVoice.Singular && g.Severity == FindingSeverity.High
            ? g with { Severity = FindingSeverity.Medium }
            : g).ToList();

        var trapFree = !phrasing.Any(f => f.Severity >= FindingSeverity.Medium);
        var weighty = calibrated.Where(g => g.Severity >= FindingSeverity.Medium).ToList();
        if (trapFree && weighty.Count == 1 && weighty[0].Severity == FindingSeverity.Medium)
        {
            var lone = weighty[0];
            calibrated[calibrated.IndexOf(lone)] = lone with { Severity = FindingSeverity.Low };
        }

        return calibrated;
    }
}
