using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Testing.Fakes;

/// <summary>One call a <see cref="RecordingConnectorClient"/> received, with a copy of what was sent.</summary>
public sealed record ConnectorCall(string Operation, Activity? Activity, ConversationReference? Reference);
