using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>The blameless retro: questions about the system and its assumptions, never about who.</summary>
public static class RetroPlan
{
    public const string NeverAsk = "Who caused this?";

    public static RetroAgenda For(IncidentReport? incident)
    {
        var invitees = new List<RetroInvitee>
        {
            new("The engineers who built and ran the change", "They know what the plan looked like from inside."),
            new("Product", "What the decision was meant to achieve, and what it cost."),
            new("Support or customer success", "What customers saw, in their words."),
            new("Operations or on-call", "How it was found, and what slowed the response."),
        };
        if (incident is { DataLoss: not Exposure.No } or { SecurityOrLegal: not Exposure.No })
        {
            invitees.Add(new("Security", "What was exposed, and which safeguard was missing."));
        }

        invitees.Add(new("Someone from outside the team", "Fresh eyes catch the assumptions nobody inside questions."));
        return new RetroAgenda(
            [
                "What surprised us?",
                "Which assumptions failed us?",
                "Where were the blind spots?",
                "Why wasn't the risk caught before it landed?",
                "Was it culture, process, ego or data, and what does each suggest we change?",
            ],
            NeverAsk,
            invitees,
            "Ask someone other than you to facilitate: it was your call. Open by restating that the retro looks at systems, not people. " +
            "When a name comes up, turn it into a question about the system: what made that step easy to get wrong? " +
            "Close with each action owned by a person and a date, and add what you learned to the lessons record.");
    }
}
