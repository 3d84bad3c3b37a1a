namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>The parts of a <see cref="MessagePlan"/> a leader can answer or edit.</summary>
public enum PlanField
{
    WhatHappened,
    Assumption,
    Impact,
    Known,
    Doing,
    Uncertain,
}
