namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>What the connector answers to a send: the id of the created activity.</summary>
public sealed record ResourceResponse(string? Id);
