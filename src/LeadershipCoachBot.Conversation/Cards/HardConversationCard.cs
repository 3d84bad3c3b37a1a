using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>A hard conversation: who it is with, the conversation plan, what to avoid, the drafted message and its tone check.</summary>
public static class HardConversationCard
{
    public static Attachment Create(HardConversationPlan plan, string title, ToneReview review)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(review);
        var ready = review.Verdict == ToneVerdict.Ready;
        var onlyBlanks = !ready && review.Findings.Where(f => f.Severity is FindingSeverity.High or FindingSeverity.Medium).All(ToneReviewer.IsBlankToFill);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
            new AdaptiveFactSet { Facts = [new AdaptiveFact("With", plan.Audience)] },
            CardSections.Heading("The conversation"),
            new AdaptiveTextBlock(string.Join('\n', plan.Steps.Select((s, i) => $"{i + 1}. {s}"))),
            CardSections.Heading("Avoid"),
            new AdaptiveTextBlock(CardSections.Bullets(plan.Avoid)),
            CardSections.Heading("The message, drafted"),
            new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis,
                Items = [.. plan.Message.Select(move => new AdaptiveTextBlock($"**{move.Heading}.** {move.Text}"))],
            },
            new AdaptiveTextBlock(ready
                ? "Tone check: ready to send once you make it yours."
                : onlyBlanks
                    ? "Tone check: the tone holds; fill in the parts in [brackets] and make it yours before you send."
                    : "Tone check: your words need a look before you send:")
            {
                Color = ready || onlyBlanks ? AdaptiveTextColor.Good : AdaptiveTextColor.Attention,
                Spacing = AdaptiveSpacing.Medium,
            },
        };
        body.AddRange(review.Findings
            .Where(f => f.Severity is FindingSeverity.High or FindingSeverity.Medium && !onlyBlanks)
            .Take(ToneReviewCard.MaxFindingsShown)
            .Select(f => new AdaptiveTextBlock($"- **{ToneReviewLabels.Category(f.Category)}:** {f.Suggestion}") { Spacing = AdaptiveSpacing.Small }));
        body.Add(new AdaptiveTextBlock("The draft follows as a message, to copy.") { IsSubtle = true });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new AdaptiveSubmitAction("Prepare a 1:1", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.OneOnOnePrep }),
                new AdaptiveSubmitAction("Record a lesson", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.AddLesson }),
            ],
            FallbackText = $"{title}. {plan.Draft}",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }
}
