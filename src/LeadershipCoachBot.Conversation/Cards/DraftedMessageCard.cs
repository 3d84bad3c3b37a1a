using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Drafting;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// The drafted message: its parts, the whole text ready to copy, and the ways to change it (edit a
/// part, shorter or full, another audience, review it). Each button carries the plan, so any
/// version of the card redrafts its own message. The coach never sends it anywhere.
/// </summary>
public static class DraftedMessageCard
{
    public const string Title = "Your draft";

    /// <summary>
    /// The kind of message as written for its audience (what "Review it" reviews it as), then its
    /// audience only when the kind does not already name it, then whether it is the short version.
    /// </summary>
    public static string Header(MessagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var kind = plan.MessageKind;
        var kindNamesAudience = (kind, plan.Audience) is (DraftKind.ExecUpdate, Audience.Executives) or (DraftKind.TeamMessage, Audience.Team);
        var audience = kindNamesAudience ? string.Empty : $", written for {DraftingLabels.Audience(plan.Audience).ToLowerInvariant()}";
        return $"{ToneReviewLabels.Kind(kind)}{audience}{(plan.Shorter ? ", short version" : string.Empty)}";
    }

    public static Attachment Create(DraftedMessage drafted)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        var plan = drafted.Plan;
        var planJson = PlanJson.Write(plan);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(Title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
            new AdaptiveTextBlock($"{Header(plan)}. I never post for you: copy it when it reads right.")
            {
                IsSubtle = true,
                Spacing = AdaptiveSpacing.Small,
            },
        };
        body.AddRange(drafted.Sections.Select(Section));
        body.Add(new AdaptiveTextInput
        {
            Id = CardActions.DraftTextField,
            Label = "Ready to copy (edit here, then Review it to check your changes)",
            IsMultiline = true,
            Value = drafted.Text,
            MaxLength = DraftQuestionCard.MaxDraftLength,
            Separator = true,
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                Submit("Review it", CardActions.DraftReview, planJson),
                Submit(plan.Shorter ? "Full version" : "Make it shorter", CardActions.DraftShorter, planJson),
                new AdaptiveShowCardAction { Title = "Switch audience", Card = AudienceCard(plan, planJson) },
                new AdaptiveShowCardAction { Title = "Edit a part", Card = EditCard(planJson) },
            ],
            FallbackText = drafted.Text,
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }

    /// <summary>A part under its heading; a part that already opens with its heading ("Next update by ...") shows none.</summary>
    private static AdaptiveContainer Section(DraftSection section)
    {
        var items = new List<AdaptiveElement>();
        if (!section.Text.StartsWith(section.Heading, StringComparison.OrdinalIgnoreCase))
        {
            items.Add(new AdaptiveTextBlock(section.Heading) { Weight = AdaptiveTextWeight.Bolder, IsSubtle = true });
        }

        items.Add(new AdaptiveTextBlock(section.Text) { Spacing = AdaptiveSpacing.Small });
        return new AdaptiveContainer { Spacing = AdaptiveSpacing.Medium, Items = items };
    }

    private static AdaptiveCard AudienceCard(MessagePlan plan, string planJson) => new()
    {
        Body =
        [
            new AdaptiveChoiceSetInput
            {
                Id = CardActions.AudienceField,
                Label = "Write it for",
                Style = "expanded",
                Value = plan.Audience.ToString(),
                Choices = [.. Enum.GetValues<Audience>().Select(a => new AdaptiveChoice(DraftingLabels.Audience(a), a.ToString()))],
            },
        ],
        Actions = [Submit("Redraft for this audience", CardActions.DraftAudience, planJson)],
    };

    private static AdaptiveCard EditCard(string planJson) => new()
    {
        Body =
        [
            new AdaptiveChoiceSetInput
            {
                Id = CardActions.SectionField,
                Label = "Which part",
                Style = "compact",
                Value = nameof(PlanField.WhatHappened),
                Choices = [.. Enum.GetValues<PlanField>().Select(f => new AdaptiveChoice(DraftingLabels.Field(f), f.ToString()))],
            },
            new AdaptiveTextInput
            {
                Id = CardActions.SectionTextField,
                Label = "Your words for it (leave empty to use my default)",
                IsMultiline = true,
                MaxLength = PlanQuestionCard.MaxAnswerLength,
            },
        ],
        Actions = [Submit("Redraft with this part", CardActions.DraftEdit, planJson)],
    };

    private static AdaptiveSubmitAction Submit(string title, string action, string planJson) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = action, [CardActions.PlanField] = planJson });
}
