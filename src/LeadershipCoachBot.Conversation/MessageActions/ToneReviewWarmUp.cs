using LeadershipCoachBot.Protocol.Diagnostics;
using System.Diagnostics;
using LeadershipCoachBot.Coaching.Tone;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// Runs one tone review, with the dialog card and the HTML reading around it, right after start-up,
/// in the background. The first review builds the engine's patterns, which takes seconds on a
/// cold process; a message action that came first would wait for that, and Teams gives an invoke
/// only a few seconds.
/// </summary>
public sealed partial class ToneReviewWarmUp : BackgroundService
{
    /// <summary>A draft of ours that reaches most of the engine: deflection, a promise, and missing parts.</summary>
    internal const string SampleHtml =
        "<p>Mistakes were made when the queue filled up overnight, and the vendor should have warned us.</p>" +
        "<p>This will never happen again.<br>We are sorry if anyone was upset.</p>";

    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ToneReviewWarmUp> _logger;

    public ToneReviewWarmUp(TimeProvider timeProvider, ILogger<ToneReviewWarmUp> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = _timeProvider.GetTimestamp();
        var draft = MessageText.FromHtml(SampleHtml);
        var review = ToneReviewer.Review(draft);
        var card = ToneReviewDialogCard.Create(review, draft);
        Debug.Assert(card.Content is not null);
        WarmedUp(_logger, review.Findings.Count, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
    }, stoppingToken);

    [LoggerMessage(EventId = LogEventIds.ToneReviewWarmedUp, Level = LogLevel.Information, Message = "Tone review warmed up: {FindingCount} findings on the sample draft in {ElapsedMs} ms.")]
    private static partial void WarmedUp(ILogger logger, int findingCount, long elapsedMs);
}
