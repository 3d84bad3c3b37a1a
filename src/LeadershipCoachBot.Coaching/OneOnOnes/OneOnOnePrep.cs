namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>
/// Prepares a 1:1 after a failure: an opener that separates the event from the person's worth,
/// questions for this person, what to avoid, purposeful work and the follow-up. For a person
/// worried about their job, also the direct answer and what not to promise.
/// </summary>
public static class OneOnOnePrep
{
    /// <summary>The longest note the leader can give us per question, in characters.</summary>
    public const int MaxNoteLength = 500;

    public static OneOnOnePlan Prepare(OneOnOneRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var guide = RoleGuides.For(request.Role);
        var avoid = new List<AvoidNote>
        {
            new(AvoidTrap.Blame, guide.Blame),
            new(AvoidTrap.ManagingTheirFeelings, guide.Feelings),
            new(AvoidTrap.CentringYourRegret, guide.Regret),
            new(AvoidTrap.PromisesYouCannotKeep, guide.Promises),
        };
        return new OneOnOnePlan(
            request.Role,
            guide.Who,
            guide.Opener,
            guide.Questions,
            avoid,
            guide.PurposefulWork,
            FollowUp.After(today, guide.FollowUpAfterDays, guide.FollowUpAbout),
            request.Role == PersonRole.WorriedAboutTheirJob ? JobWorry : null,
            Context(request));
    }

    private static readonly JobWorryAnswer JobWorry = new(
        "Say in one or two sentences what is true today: whether their role is at risk. If it isn't, say so plainly. " +
        "If you don't know yet, say that, say who decides and when you will tell them more.",
        [
            "that their job is safe forever",
            "the outcome of a review or decision that is not yours",
            "that nothing in the team will change",
        ]);

    private static List<string> Context(OneOnOneRequest request)
    {
        var notes = new List<string>();
        if (Note(request.WhatHappened) is { } happened)
        {
            notes.Add($"What happened, as you put it: {happened}");
        }

        if (Note(request.HowTheyFeel) is { } feel)
        {
            notes.Add($"What you know of how they feel: {feel}");
            notes.Add("Let them say it in their own words before you mention what you heard.");
        }

        return notes;
    }

    private static string? Note(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxNoteLength ? trimmed : string.Concat(trimmed.AsSpan(0, MaxNoteLength - 1), "\u2026");
    }
}
