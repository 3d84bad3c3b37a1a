using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// Drafts the message a leader must send, in the method's shape: own it, frame it, move it; for
/// updates, what we know, what we are doing, what is uncertain and when the next update comes. Every
/// fact the leader gave is kept word for word; what they skipped gets a sensible line, never a blank.
/// Pure and deterministic.
/// </summary>
public static class MessageDrafter
{
    public static DraftedMessage Draft(MessagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var register = Register.For(plan.Audience);
        var update = plan.Kind is DraftKind.ExecUpdate or DraftKind.IncidentUpdate;
        var sections = new List<DraftSection>
        {
            DraftSection.OwnIt(OwnIt(plan, register)),
            new(DraftPart.WhatWeKnow, update ? "What we know" : "What it cost", Known(plan, register)),
            update ? new(DraftPart.WhatWeAreDoing, "What we are doing", Doing(plan, register)) : DraftSection.MoveIt(Doing(plan, register)),
        };

        if (update || plan.Uncertain is not null)
        {
            sections.Add(new(DraftPart.StillUncertain, "Still unknown", Uncertain(plan, register)));
        }

        sections.Add(DraftSection.FrameIt(FrameIt(plan, register)));

        sections.Add(new(DraftPart.NextUpdate, update ? "Next update" : "When you hear from me next", NextUpdate(plan, register)));
        return new DraftedMessage(plan, sections, Compose(sections, register.Greeting(plan)));
    }

    /// <summary>
    /// The text of a message from its sections: the greeting when there is one, then a paragraph per
    /// section, in order, trimmed; an empty section leaves no paragraph.
    /// </summary>
    public static string Compose(IEnumerable<DraftSection> sections, string? greeting = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var paragraphs = sections.Select(s => s.Text.Trim()).Prepend(greeting?.Trim() ?? string.Empty).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static string OwnIt(MessagePlan plan, Register register)
    {
        var sorry = plan.Kind == DraftKind.Apology ? " " + register.Sorry : string.Empty;
        var happened = plan.WhatHappened is { } line && !(plan.Audience == Audience.Customers && LeaderWording.NamesOwnDecision(line)) ? line : null;
        return happened switch
        {
            null => $"{Short(plan, register.OwnershipAlone, clause: true)}{sorry}",
            _ when LeaderWording.OwnsIt(happened) => $"{LeaderText.Tidy(happened)}{sorry}",
            _ when LeaderWording.NamesOwnDecision(happened) => $"{LeaderText.Tidy(happened)}{sorry} {Short(plan, register.Ownership, clause: true)}",
            _ => $"{LeaderText.Tidy(happened)}{sorry} {Short(plan, register.OwnershipAlone, clause: true)}",
        };
    }

    private static string Known(MessagePlan plan, Register register)
    {
        var lines = new List<string>();
        if (plan.Impact is { } impact)
        {
            lines.Add($"Impact: {LeaderText.Tidy(impact)}");
        }

        if (plan.Known is { } known)
        {
            lines.Add(plan.Impact is null ? $"What we know: {LeaderText.Tidy(known)}" : LeaderText.Tidy(known));
        }

        if (lines.Count == 0)
        {
            lines.Add(Short(plan, register.ImpactUnknown));
        }

        return string.Join(" ", lines);
    }

    private static string Doing(MessagePlan plan, Register register)
    {
        var doing = plan.Doing is { } given
            ? LeaderText.Tidy(given)
            : Short(plan, plan.Kind is DraftKind.Apology or DraftKind.TeamMessage ? register.DefaultRepair
                : LeaderWording.SaysRolledBack(plan.WhatHappened, plan.Known) ? register.RolledBackDoing : register.DefaultDoing);
        return $"{register.DoingLabel}: {doing} {(plan.Shorter ? string.Empty : register.MoveOn)}".TrimEnd();
    }

    private static string Uncertain(MessagePlan plan, Register register) =>
        plan.Uncertain is { } uncertain
            ? $"Still unknown: {LeaderText.Tidy(uncertain)}{(plan.Shorter ? string.Empty : " " + register.WillSay)}"
            : $"Still unknown: {Short(plan, register.DefaultUncertain)}";

    private static string FrameIt(MessagePlan plan, Register register) =>
        plan.Assumption is { } assumption
            ? $"{register.AssumptionLabel}: {LeaderText.Tidy(assumption)}{(plan.Shorter ? string.Empty : " " + register.AssumptionFollowUp)}"
            : plan.Shorter ? register.ShortFraming : register.DefaultFraming;

    private static string NextUpdate(MessagePlan plan, Register register)
    {
        var when = plan.NextUpdate?.Describe();
        var sooner = plan.Shorter ? "." : ", sooner if anything changes.";
        var update = plan.Kind is DraftKind.ExecUpdate or DraftKind.IncidentUpdate;
        return (update, when) switch
        {
            (true, { } at) => $"Next update by {at}{sooner}",
            (true, null) => $"Next update within the hour{sooner}",
            (false, { } at) => $"{register.Voice} will update you again by {at}.",
            (false, null) => $"{register.Voice} will update you again within the day.",
        };
    }

    /// <summary>
    /// A stock line as it stands, or for the short version only its first sentence, cut at a semicolon
    /// too, and with <paramref name="clause"/> at its first ", and" (not for customers, where the second half carries the responsibility).
    /// </summary>
    private static string Short(MessagePlan plan, string line, bool clause = false)
    {
        if (!plan.Shorter)
        {
            return line;
        }

        var cuts = clause && plan.Audience != Audience.Customers ? new[] { ". ", "; ", ", and " } : [". ", "; "];
        var end = cuts.Select(c => line.IndexOf(c, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(line.Length).Min();
        return line[..end].TrimEnd('.') + ".";
    }

    /// <summary>
    /// A line the leader typed, cut to <paramref name="maxLength"/> characters, tidied by <see cref="LeaderText.Tidy"/>;
    /// null when it is missing or blank (the message then says what to fill in).
    /// </summary>
    public static string? Sentence(string? line, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        var text = line?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return LeaderText.Tidy(text.Length > maxLength ? text[..maxLength] : text);
    }
}
