using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Which of the six apology components a draft contains, in the order of the enum.</summary>
internal static class ApologyComponentDetector
{
    private static readonly Lazy<(ApologyComponent Component, FilteredRegex Regex)[]> Cues =
        new(() => ApologyCues.All.Select(c => (c.Component, new FilteredRegex(c.Pattern, caseSensitive: false))).ToArray());

    public static IReadOnlyList<ApologyComponent> Detect(DraftText text, IReadOnlySet<DraftElement> elements)
    {
        var found = new HashSet<ApologyComponent>();
        if (elements.Contains(DraftElement.Ownership))
        {
            found.Add(ApologyComponent.AcknowledgementOfResponsibility);
        }

        if (elements.Contains(DraftElement.NextSteps))
        {
            found.Add(ApologyComponent.OfferOfRepair);
        }

        if (elements.Contains(DraftElement.Learning))
        {
            found.Add(ApologyComponent.Explanation);
        }

        foreach (var (component, regex) in Cues.Value)
        {
            if (!found.Contains(component) && regex.MatchesDraft(text))
            {
                found.Add(component);
            }
        }

        return Enum.GetValues<ApologyComponent>().Where(found.Contains).ToList();
    }
}
