namespace LeadershipCoachBot.Protocol.Tests.State;

/// <summary>A typed state value for the tests, with an untyped member as dialog state has.</summary>
public sealed class CoachingNotes
{
    public string? Topic { get; set; }

    public int Step { get; set; }

    public List<string> Drafts { get; set; } = [];

    public Dictionary<string, object?> Values { get; set; } = [];
}
