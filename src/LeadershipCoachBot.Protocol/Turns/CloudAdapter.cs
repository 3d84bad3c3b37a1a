using System.Security.Claims;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// Runs the bot for one <c>POST /api/messages</c> request with the Bot Framework HTTP contract:
/// 200 with an empty body for ordinary activities, the replies for <c>expectReplies</c>, the bot's
/// status and body for invokes (501 when it set none), 400/401/405/413 for requests it refuses (a 400
/// names the missing or malformed field), and 503 with <c>Retry-After</c> when tokens cannot be checked
/// because the token service's keys are out of reach.
/// Replies go out through the connector client.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    /// <summary>The turn-state key of the caller's <see cref="ClaimsIdentity"/>.</summary>
    public const string BotIdentityKey = "BotIdentity";

    private readonly IBotFrameworkAuthentication _authentication;
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<CloudAdapter> _logger;
    private readonly int _maxRequestBodyBytes;

    public CloudAdapter(
        IBotFrameworkAuthentication authentication,
        IConnectorClient connector,
        IOptions<CloudAdapterOptions> options,
        TimeProvider timeProvider,
        ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _authentication = authentication;
        _connector = connector;
        _timeProvider = timeProvider;
        _logger = logger;
        _maxRequestBodyBytes = options.Value.MaxRequestBodyBytes;
    }

    /// <summary>Processes one HTTP request carrying an activity and writes the HTTP response.</summary>
    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);
        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            httpResponse.StatusCode = StatusCodes.Status405MethodNotAllowed;
            httpResponse.Headers.Allow = HttpMethods.Post;
            return;
        }

        var started = _timeProvider.GetTimestamp();
        var body = await RequestBodyReader.ReadAsync(httpRequest, _maxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            CloudAdapterLog.RequestRefused(_logger, StatusCodes.Status413PayloadTooLarge, "body over the limit", httpRequest.ContentLength ?? -1);
            await ProblemResponse.WriteAsync(httpResponse, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"The activity is larger than {_maxRequestBodyBytes} bytes, the limit set by Bot:MaxRequestBodyBytes.", cancellationToken);
            return;
        }

        if (!InboundActivity.TryRead(body, out var activity, out var problem))
        {
            CloudAdapterLog.RequestRefused(_logger, StatusCodes.Status400BadRequest, problem, body.Length);
            await ProblemResponse.WriteAsync(httpResponse, StatusCodes.Status400BadRequest, "Not a valid activity", problem, cancellationToken);
            return;
        }

        ClaimsIdentity identity;
        try
        {
            var authHeader = httpRequest.Headers.Authorization is { Count: > 0 } header ? header.ToString() : null;
            identity = await _authentication.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            CloudAdapterLog.Unauthenticated(_logger, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id));
            httpResponse.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (AuthenticationUnavailableException unavailable)
        {
            // The key fetch already logged why, once; a token cannot be checked, which is not the caller's fault.
            CloudAdapterLog.AuthenticationUnavailable(_logger, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id));
            httpResponse.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpResponse.Headers.RetryAfter = ((long)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        var result = await ProcessActivityAsync(identity, activity, bot.OnTurnAsync, cancellationToken);
        var status = result?.Status ?? StatusCodes.Status200OK;
        await WriteResultAsync(httpResponse, status, result?.Body, cancellationToken);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
            CloudAdapterLog.TurnProcessed(_logger, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id), LogValue.Hash(activity.Conversation?.Id), status, elapsed);
        }
    }

    /// <summary>
    /// Runs one turn for an already authenticated activity. Returns what the HTTP response must
    /// carry: the replies for <c>expectReplies</c>, the invoke response (501 when none was set) for
    /// an invoke, and null otherwise.
    /// </summary>
    public async Task<InvokeResponse?> ProcessActivityAsync(ClaimsIdentity claimsIdentity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(BotIdentityKey, claimsIdentity);
        await RunPipelineAsync(turnContext, callback, cancellationToken);

        if (IsExpectReplies(activity))
        {
            return new InvokeResponse { Status = StatusCodes.Status200OK, Body = new ExpectedReplies { Activities = [.. turnContext.BufferedReplyActivities] } };
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return turnContext.InvokeResponse ?? new InvokeResponse { Status = StatusCodes.Status501NotImplemented };
        }

        return null;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Id = null;
            if (activity.Type == ActivityTypes.Trace && activity.ChannelId != "emulator")
            {
                responses[i] = new ResourceResponse(null);
                continue;
            }

            var reply = !string.IsNullOrEmpty(activity.ReplyToId);
            responses[i] = reply
                ? await _connector.ReplyToActivityAsync(activity, cancellationToken)
                : await _connector.SendToConversationAsync(activity, cancellationToken);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                CloudAdapterLog.ActivitySent(_logger, LogValue.Clean(activity.Type), LogValue.Hash(activity.Conversation?.Id), reply ? "reply" : "new message");
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _connector.UpdateActivityAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _connector.DeleteActivityAsync(reference, cancellationToken);

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    private static async Task WriteResultAsync(HttpResponse response, int status, object? body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), ProtocolJson.Options, cancellationToken);
    }
}
