namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

/// <summary>A typed record kept in dialog state by the tests.</summary>
public sealed record IncidentNotes(string Title, int MinutesDown, IReadOnlyList<string> Steps);
