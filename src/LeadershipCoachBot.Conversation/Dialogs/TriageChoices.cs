using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of each triage question, the words that also pick them, and what they mean.</summary>
public static class TriageChoices
{
    public static IReadOnlyDictionary<string, CustomerImpact> Impact { get; } = new Dictionary<string, CustomerImpact>(StringComparer.Ordinal)
    {
        ["None"] = CustomerImpact.None,
        ["Some customers"] = CustomerImpact.Some,
        ["Most or all customers"] = CustomerImpact.MostOrAll,
    };

    public static IReadOnlyDictionary<string, Exposure> YesNoNotSure { get; } = new Dictionary<string, Exposure>(StringComparer.Ordinal)
    {
        ["Yes"] = Exposure.Yes,
        ["No"] = Exposure.No,
        ["Not sure"] = Exposure.NotSure,
    };

    public static IReadOnlyDictionary<string, Spread> SpreadAnswers { get; } = new Dictionary<string, Spread>(StringComparer.Ordinal)
    {
        ["Contained"] = Spread.Contained,
        ["Cascading"] = Spread.Cascading,
        ["Not sure"] = Spread.NotSure,
    };

    public static IList<Choice> ImpactChoices() =>
    [
        new("None", "no customers", "nobody", "no one", "zero", "internal only", "none yet"),
        new("Some customers", "some", "a few", "few", "a subset", "subset", "partial", "some of them", "one region"),
        new("Most or all customers", "most", "all", "everyone", "everybody", "all customers", "most customers", "all of them"),
    ];

    public static IList<Choice> ExposureChoices() =>
    [
        new("Yes", "y", "yes it has", "yeah", "yep", "it has", "there is", "confirmed"),
        new("No", "n", "nope", "nah", "none", "no it hasn't", "nothing", "not at all"),
        new("Not sure", "unsure", "don't know", "dont know", "do not know", "unknown", "maybe", "possibly", "not yet known", "no idea", "unclear"),
    ];

    public static IList<Choice> SpreadChoices() =>
    [
        new("Contained", "stable", "stopped", "isolated", "under control", "not spreading", "contained now"),
        new("Cascading", "spreading", "still spreading", "growing", "getting worse", "worse", "cascade"),
        new("Not sure", "unsure", "don't know", "dont know", "unknown", "unclear", "no idea", "maybe"),
    ];
}
