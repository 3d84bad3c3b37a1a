using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>Keeps every log record at every level: the formatted message, each structured value and the exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId EventId, string Text)> _records = new();

    public IReadOnlyList<(EventId EventId, string Text)> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(_records);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<(EventId, string)> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("|", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            records.Enqueue((eventId, $"{formatter(state, exception)}|{values}|{exception}"));
        }
    }
}
