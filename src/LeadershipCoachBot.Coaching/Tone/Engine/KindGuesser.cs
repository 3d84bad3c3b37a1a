using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Guesses a draft's kind from audience, greeting and form words; a plain team message when nothing speaks.</summary>
internal static class KindGuesser
{
    private static readonly Lazy<(KindCue Cue, FilteredRegex Regex)[]> Cues =
        new(() => KindCues.All.Select(c => (c, new FilteredRegex(c.Pattern, caseSensitive: false))).ToArray());

    public static DraftKind Guess(DraftText text)
    {
        var scores = new Dictionary<DraftKind, int>();
        foreach (var (cue, regex) in Cues.Value)
        {
            if (regex.MatchesDraft(text))
            {
                scores[cue.Kind] = scores.GetValueOrDefault(cue.Kind) + cue.Weight;
            }
        }

        DraftKind[] preference = [DraftKind.Apology, DraftKind.ExecUpdate, DraftKind.IncidentUpdate, DraftKind.TeamMessage];
        var best = DraftKind.TeamMessage;
        var bestScore = 0;
        foreach (var kind in preference)
        {
            var score = scores.GetValueOrDefault(kind);
            if (score > bestScore)
            {
                best = kind;
                bestScore = score;
            }
        }

        return best;
    }
}
