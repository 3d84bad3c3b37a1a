using System.Collections.Concurrent;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>Every formatted log line with its event id, to check what the connector logs.</summary>
public sealed class RecordedLogs
{
    private readonly ConcurrentQueue<(int EventId, string Message)> _entries = new();

    public IReadOnlyList<(int EventId, string Message)> Entries => [.. _entries];

    public void Add(int eventId, string message) => _entries.Enqueue((eventId, message));
}
