using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>Keeps every formatted log line with its event id, to check what the connector logs.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Message)> _entries = new();

    public IReadOnlyList<(int EventId, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(_entries);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(ConcurrentQueue<(int EventId, string Message)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((eventId.Id, formatter(state, exception)));
    }
}
