using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The four triage questions with buttons, and the words leaders type instead of tapping. A choice
/// may name the negated meaning of another ("not contained" is Cascading), so a negated answer
/// never falls back to the word it negates.
/// </summary>
public static class TriageChoices
{
    private const string NotSure = "Not sure";

    private static readonly string[] NotSureWords =
    [
        "unsure", "don't know", "dont know", "do not know", "i don't know", "unknown", "maybe", "possibly",
        "no idea", "unclear", "idk", "dunno", "too early to tell", "too early to say", "hard to say",
        "hard to tell", "tbc", "tbd", "still checking", "checking", "still investigating", "investigating",
        "can't tell", "cannot tell", "can't say yet",
    ];

    public static TriageQuestion<CustomerImpact> Impact { get; } = new(
        IncidentTriageDialog.ImpactQuestion,
        new("None", CustomerImpact.None,
            "none", "no customers", "no customer", "nobody", "no one", "zero", "internal only", "internal users only",
            "only internal users", "internal users", "just internal users", "only internal", "internal", "staff only",
            "employees only", "just us", "none yet", "no impact", "no customer impact"),
        new("Some customers", CustomerImpact.Some,
            "some", "a few", "few", "a subset", "subset", "partial", "some of them", "one region", "a handful",
            "handful", "a couple", "a small number", "a few big accounts", "a few customers", "not all", "not everyone",
            "not many", "a minority", "some accounts", "one customer", "a single customer", "just one customer"),
        new("Most or all customers", CustomerImpact.MostOrAll,
            "most", "all", "everyone", "everybody", "all customers", "most customers", "all of them", "nearly everyone",
            "almost everyone", "the majority", "majority", "every customer"));

    public static TriageQuestion<Exposure> DataLoss { get; } = new(IncidentTriageDialog.DataQuestion, ExposureChoices());

    public static TriageQuestion<Exposure> SecurityOrLegal { get; } = new(IncidentTriageDialog.SecurityQuestion, ExposureChoices());

    public static TriageQuestion<Spread> Spread { get; } = new(
        IncidentTriageDialog.SpreadQuestion,
        new("Contained", Coaching.Incidents.Spread.Contained,
            "stable", "stopped", "isolated", "under control", "not spreading", "contained now", "mitigated", "fixed",
            "resolved", "stable for now", "not getting worse", "rolled back", "holding steady", "no longer spreading",
            "back to normal", "recovered", "stopped spreading", "getting better", "improving"),
        new("Cascading", Coaching.Incidents.Spread.Cascading,
            "spreading", "still spreading", "growing", "getting worse", "worse", "cascade", "still going", "ongoing",
            "not contained", "escalating", "still growing", "not stopped", "not under control"),
        new(NotSure, Coaching.Incidents.Spread.NotSure,
            [.. NotSureWords, "partially contained", "partly contained", "mostly contained", "mostly under control"]));

    private static TriageChoice<Exposure>[] ExposureChoices() =>
    [
        new("Yes", Exposure.Yes, "y", "yes it has", "yes there is", "yeah", "yep", "it has", "there is", "confirmed"),
        new("No", Exposure.No,
            "n", "nope", "nah", "none", "no it hasn't", "nothing", "not at all", "probably not", "i don't think so",
            "don't think so", "not that we know of", "not that i know of", "not as far as we know", "not as far as i know",
            "no evidence",
            "it hasn't", "it has not", "there isn't", "there is not", "none that we know of"),
        new(NotSure, Exposure.NotSure, [.. NotSureWords, "not confirmed", "unconfirmed", "not yet known", "not known yet"]),
    ];
}
