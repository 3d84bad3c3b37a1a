using System.Globalization;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The triage result: severity and why, blast radius, who to tell, roles, cadence and the first update.</summary>
public static class TriageResultCard
{
    public const string DraftFirstUpdateTitle = "Draft my first update";

    /// <param name="incidentJson">The triaged incident as card data; when given, the card offers to draft the first update from it.</param>
    public static Attachment Create(SeverityAssessment assessment, string? incidentJson = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var label = IncidentPlaybook.Label(assessment.Severity);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock($"{label}: {Headline(assessment.Severity)}")
            {
                Size = AdaptiveTextSize.Large,
                Weight = AdaptiveTextWeight.Bolder,
                Color = assessment.Severity == Severity.Sev3 ? AdaptiveTextColor.Default : AdaptiveTextColor.Attention,
                Style = "heading",
            },
            new AdaptiveTextBlock(string.Join(" ", assessment.Reasons)),
            new AdaptiveFactSet
            {
                Facts =
                [
                    new AdaptiveFact("Blast radius", assessment.BlastRadius),
                    new AdaptiveFact("Updates", Capitalise(IncidentPlaybook.DescribeCadence(assessment.Severity))),
                ],
            },
        };

        if (assessment.ToConfirm.Count > 0)
        {
            body.Add(Section("Confirm next"));
            body.AddRange(assessment.ToConfirm.Select(line => new AdaptiveTextBlock("- " + line) { Spacing = AdaptiveSpacing.Small }));
        }

        body.Add(Section("Who needs to know now"));
        body.Add(new AdaptiveFactSet { Facts = [.. assessment.Stakeholders.Select(s => new AdaptiveFact(s.Name, s.Reason))] });
        body.Add(Section("Name these roles"));
        body.Add(new AdaptiveFactSet { Facts = [.. assessment.Roles.Select(r => new AdaptiveFact(r.Name, r.Duty))] });
        body.Add(Section("Your first update"));
        body.Add(new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Emphasis,
            Items =
            [
                Line("What we know", assessment.FirstUpdate.WhatWeKnow),
                Line("What we are doing", assessment.FirstUpdate.WhatWeAreDoing),
                Line("What is still uncertain", assessment.FirstUpdate.WhatIsUncertain),
                Line("Next update", assessment.FirstUpdate.NextUpdateAt.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            ],
        });
        body.Add(new AdaptiveTextBlock("Structure calms people: send this even while facts are thin, and keep the rhythm. Draft my first update fills it in from your answers.") { IsSubtle = true });

        return new AdaptiveCard
        {
            Body = body,
            Actions = incidentJson is null
                ? null
                : [new AdaptiveSubmitAction(DraftFirstUpdateTitle, new Dictionary<string, string> { [CardActions.Field] = CardActions.DraftFirstUpdate, [CardActions.IncidentField] = incidentJson })],
            FallbackText = $"{label}: {string.Join(" ", assessment.Reasons)}",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }

    private static string Headline(Severity severity) => severity switch
    {
        Severity.Sev1 => "critical. Mobilise now.",
        Severity.Sev2 => "major. Staff it and keep people informed.",
        _ => "minor. Fix it in the open, without a fire drill.",
    };

    private static AdaptiveTextBlock Section(string title) =>
        new(title) { Weight = AdaptiveTextWeight.Bolder, Spacing = AdaptiveSpacing.Medium, Separator = true };

    private static AdaptiveTextBlock Line(string label, string text) => new($"**{label}:** {text}");

    private static string Capitalise(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
