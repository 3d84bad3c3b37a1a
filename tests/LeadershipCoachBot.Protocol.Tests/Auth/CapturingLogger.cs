using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>Keeps every formatted log line, with its event id, so tests can check what is (never) logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public List<(EventId EventId, string Message)> Entries { get; } = [];

    /// <summary>The exception passed with each entry (a stack trace would reach the log), in the same order.</summary>
    public List<Exception?> Exceptions { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Entries.Add((eventId, formatter(state, exception)));
        Exceptions.Add(exception);
    }
}
