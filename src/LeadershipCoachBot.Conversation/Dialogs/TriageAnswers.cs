using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The triage answers gathered so far; kept in dialog state between turns.</summary>
public sealed record TriageAnswers(
    string? Summary = null,
    CustomerImpact? CustomerImpact = null,
    Exposure? DataLoss = null,
    Exposure? SecurityOrLegal = null);
