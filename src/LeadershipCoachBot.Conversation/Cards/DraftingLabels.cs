using LeadershipCoachBot.Coaching.Drafting;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The words a person reads for audiences and plan fields.</summary>
public static class DraftingLabels
{
    public static string Audience(Audience audience) => audience switch
    {
        Coaching.Drafting.Audience.Executives => "Executives",
        Coaching.Drafting.Audience.Team => "The team",
        Coaching.Drafting.Audience.Customers => "Customers",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Unknown audience."),
    };

    public static string Field(PlanField field) => field switch
    {
        PlanField.WhatHappened => "What happened, and whose call",
        PlanField.Assumption => "What you got wrong",
        PlanField.Impact => "Impact",
        PlanField.Known => "What we know",
        PlanField.Doing => "What we are doing",
        PlanField.Uncertain => "Still uncertain",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown plan field."),
    };
}
