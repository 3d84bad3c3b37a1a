namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>What the connector answers to <c>POST v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
