using LeadershipCoachBot.Conversation.MessageActions;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.Tests.MessageActions;

public sealed class ToneReviewWarmUpTests
{
    [Fact]
    public async Task StartAsync_ReviewsTheSampleInTheBackgroundAndLogsItsFindingCount()
    {
        var logger = new RecordingLogger();
        using var warmUp = new ToneReviewWarmUp(TimeProvider.System, logger);

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.ExecuteTask!;

        var entry = Assert.Single(logger.Entries, e => e.EventId.Id == 5304);
        var findings = (int)entry.State.Single(p => p.Key == "FindingCount").Value!;
        Assert.True(findings >= 3, $"the sample reached only {findings} findings");
        Assert.DoesNotContain("queue", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleHtml_ReadsAsTwoParagraphsAndALineBreak()
    {
        var text = MessageText.FromHtml(ToneReviewWarmUp.SampleHtml);

        Assert.Equal(3, text.Split('\n').Length);
    }

    private sealed class RecordingLogger : ILogger<ToneReviewWarmUp>
    {
        public List<(EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((eventId, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
            }
        }
    }
}
