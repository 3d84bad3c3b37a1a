using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>Writes every log line of every category, formatted, into <see cref="RecordedLogs"/>.</summary>
public sealed class RecordingLoggerProvider(RecordedLogs logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(logs);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(RecordedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(eventId.Id, formatter(state, exception));
    }
}
