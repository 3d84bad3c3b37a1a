namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>One request as the stand-in connector received it; <see cref="RawTarget"/> is the path and query as sent.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body);
