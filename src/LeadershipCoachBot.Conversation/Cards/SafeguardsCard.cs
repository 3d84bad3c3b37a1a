using System.Globalization;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The safeguards checklist: each item with why, and a button to mark it done (or not done again).</summary>
public static class SafeguardsCard
{
    public const string Title = "Short-term safeguards";
    public const string MarkDoneTitle = "Mark done";
    public const string UndoTitle = "Not done yet";

    public static Attachment Create(IReadOnlyList<Safeguard> safeguards, IReadOnlyCollection<string> done)
    {
        ArgumentNullException.ThrowIfNull(safeguards);
        ArgumentNullException.ThrowIfNull(done);
        var doneCount = safeguards.Count(s => done.Contains(s.Id));
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(Title) { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
            new AdaptiveTextBlock(string.Create(CultureInfo.InvariantCulture, $"{doneCount} of {safeguards.Count} done. Give each an owner today.")),
        };
        foreach (var safeguard in safeguards)
        {
            var isDone = done.Contains(safeguard.Id);
            body.Add(new AdaptiveColumnSet
            {
                Separator = true,
                Columns =
                [
                    new AdaptiveColumn
                    {
                        Width = "stretch",
                        Items =
                        [
                            new AdaptiveTextBlock((isDone ? "\u2705 " : "\u2B1C ") + safeguard.Title) { Weight = AdaptiveTextWeight.Bolder },
                            new AdaptiveTextBlock(safeguard.Why) { IsSubtle = true, Spacing = AdaptiveSpacing.Small },
                        ],
                    },
                    new AdaptiveColumn
                    {
                        Width = "auto",
                        Items =
                        [
                            new AdaptiveActionSet
                            {
                                Actions =
                                [
                                    new AdaptiveSubmitAction(isDone ? UndoTitle : MarkDoneTitle, new Dictionary<string, string>
                                    {
                                        [CardActions.Field] = FollowThroughActions.SafeguardDone,
                                        [FollowThroughActions.ItemField] = safeguard.Id,
                                    }),
                                ],
                            },
                        ],
                    },
                ],
            });
        }

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = string.Create(CultureInfo.InvariantCulture, $"{Title}: {doneCount} of {safeguards.Count} done."),
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }
}
