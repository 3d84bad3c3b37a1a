using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>A short all-hands after a failure: the story, the responsibility, the tone, what happens next, where questions go.</summary>
public static class AllHandsOutline
{
    /// <param name="stable">The leader has said the incident is stable or resolved: the outline then says so rather than that it is not over.</param>
    public static IReadOnlyList<OutlineSection> Build(IncidentReport? incident, string? line, bool stable = false)
    {
        var story = new List<string>
        {
            line is null
                ? "Tell what happened in plain words: [what broke], [who felt it], [for how long]."
                : $"Tell what happened in plain words: {Drafting.LeaderText.Tidy(line)}",
            "Say what you expected the decision to do, and what it did instead.",
        };
        if (incident is { CustomerImpact: not CustomerImpact.None })
        {
            story.Add("Name the customer impact and what support is doing about it.");
        }

        if (incident is { DataLoss: not Exposure.No } or { SecurityOrLegal: not Exposure.No })
        {
            story.Add("Say what is known about data or security exposure, what is not known yet, and who is checking.");
        }

        if (stable)
        {
            story.Add("Say that service is stable now, what confirmed it, and what you are still watching.");
        }
        else if (incident is { Spread: not Spread.Contained })
        {
            story.Add("Say it is not fully over yet, and when the next update comes.");
        }

        return
        [
            new("The story", story),
            new("Responsibility", [
                "Say that the call was yours, once, without qualifiers.",
                "Speak of causes as gaps in the system and the plan; name no one.",
            ]),
            new("The tone", [
                "Steady and plain. One honest line on how it feels is fine; then turn to what comes next.",
                "Transparency does not pause because it hurts: share what you know, including the unflattering part.",
            ]),
            new("What happens next", [
                "The safeguards going in now, and who owns each.",
                "The blameless retro: when, and who is in the room.",
                "1:1s with the people closest to it, this week.",
            ]),
            new("Where questions go", [
                "Leave time for questions, and name one place for the ones that come later.",
                "Offer a private route too: your door, or an anonymous form.",
            ]),
        ];
    }
}
