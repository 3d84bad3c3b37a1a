using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// What the leader told us for a message; every text is theirs, null when they skipped it.
/// </summary>
/// <param name="WhatHappened">What happened and whose call it was.</param>
/// <param name="Assumption">The assumption that turned out wrong.</param>
/// <param name="Impact">Who is affected and how badly (the blast radius).</param>
/// <param name="Known">What we know.</param>
/// <param name="Doing">What we are doing.</param>
/// <param name="Uncertain">What is still uncertain.</param>
/// <param name="NextUpdate">When the next update comes.</param>
/// <param name="Shorter">Draft the short version: one line a part, no framing the leader did not give.</param>
public sealed record MessagePlan(
    DraftKind Kind,
    Audience Audience,
    string? WhatHappened = null,
    string? Assumption = null,
    string? Impact = null,
    string? Known = null,
    string? Doing = null,
    string? Uncertain = null,
    NextUpdateTime? NextUpdate = null,
    bool Shorter = false)
{
    /// <summary>
    /// What the drafted message is, for its audience: the kind asked for, unless the audience makes it
    /// another (any message written for customers is a customer update, an update or team message for
    /// executives is an exec update, an exec update for the team is a message to the team). An
    /// apology stays an apology, and an incident update stays one for executives and the team.
    /// </summary>
    public DraftKind MessageKind => (Kind, Audience) switch
    {
        (DraftKind.Apology, _) => DraftKind.Apology,
        (_, Audience.Customers) => DraftKind.IncidentUpdate,
        (DraftKind.TeamMessage, Audience.Executives) => DraftKind.ExecUpdate,
        (DraftKind.ExecUpdate, Audience.Team) => DraftKind.TeamMessage,
        _ => Kind,
    };

    /// <summary>This plan with <paramref name="field"/> set to <paramref name="text"/> (blank clears it).</summary>
    public MessagePlan With(PlanField field, string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return field switch
        {
            PlanField.WhatHappened => this with { WhatHappened = value },
            PlanField.Assumption => this with { Assumption = value },
            PlanField.Impact => this with { Impact = value },
            PlanField.Known => this with { Known = value },
            PlanField.Doing => this with { Doing = value },
            PlanField.Uncertain => this with { Uncertain = value },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown plan field."),
        };
    }
}
