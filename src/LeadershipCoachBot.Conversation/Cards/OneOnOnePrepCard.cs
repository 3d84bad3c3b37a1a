using System.Globalization;
using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The 1:1 plan: opener, the answer to a job worry, questions, what to avoid, work to offer, the follow-up.</summary>
public static class OneOnOnePrepCard
{
    public const string HowDidItGoTitle = "How did it go?";

    public static Attachment Create(OneOnOnePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock($"1:1 with {plan.Who}") { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
        };
        body.AddRange(plan.Context.Select(line => new AdaptiveTextBlock(line) { IsSubtle = true, Spacing = AdaptiveSpacing.Small }));
        body.Add(CardSections.Heading("Open with"));
        body.Add(new AdaptiveContainer { Style = AdaptiveContainerStyle.Emphasis, Items = [new AdaptiveTextBlock($"\u201C{plan.Opener}\u201D")] });
        if (plan.JobWorry is { } worry)
        {
            body.Add(CardSections.Heading("Answer the worry first"));
            body.Add(new AdaptiveTextBlock(worry.DirectAnswer));
            body.Add(new AdaptiveTextBlock("**Don't promise:**\n" + CardSections.Bullets(worry.DoNotPromise)) { Spacing = AdaptiveSpacing.Small });
        }

        body.Add(CardSections.Heading("Ask"));
        body.Add(new AdaptiveTextBlock(string.Join('\n', plan.Questions.Select((q, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {q}")))));
        body.Add(CardSections.Heading("Avoid"));
        body.Add(new AdaptiveTextBlock(CardSections.Bullets(plan.Avoid.Select(a => a.Text))));
        body.Add(CardSections.Heading("Offer"));
        body.Add(new AdaptiveTextBlock(plan.PurposefulWork));
        body.Add(CardSections.Heading("Follow up"));
        body.Add(new AdaptiveFactSet { Facts = [new AdaptiveFact(CardSections.Day(plan.FollowUp.On), plan.FollowUp.About)] });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new AdaptiveSubmitAction(HowDidItGoTitle, new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.HowDidItGo }),
                new AdaptiveSubmitAction("Prepare another 1:1", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.OneOnOnePrep }),
            ],
            FallbackText = $"1:1 with {plan.Who}. Open with: {plan.Opener}",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }
}
