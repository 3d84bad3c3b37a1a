using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client over a typed <see cref="HttpClient"/>. Each call addresses the
/// activity's <c>serviceUrl</c>, carries the bot's bearer token (none when anonymous), and turns any
/// unsuccessful answer into a <see cref="ConnectorException"/>. Throttling is retried by the
/// client's <c>ConnectorRetryHandler</c>.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly IBotTokenProvider _tokenProvider;
    private readonly ServiceUrlAllowList _allowList;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(HttpClient httpClient, IBotTokenProvider tokenProvider, ServiceUrlAllowList allowList, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokenProvider);
        ArgumentNullException.ThrowIfNull(allowList);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _tokenProvider = tokenProvider;
        _allowList = allowList;
        _logger = logger;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replyToId = Require(activity.ReplyToId, "replyToId", ConnectorOperations.ReplyToActivity);
        return SendAsync(HttpMethod.Post, ConnectorOperations.ReplyToActivity, activity.ServiceUrl, activity.Conversation?.Id, replyToId, activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Post, ConnectorOperations.SendToConversation, activity.ServiceUrl, activity.Conversation?.Id, null, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var activityId = Require(activity.Id, "id", ConnectorOperations.UpdateActivity);
        return SendAsync(HttpMethod.Put, ConnectorOperations.UpdateActivity, activity.ServiceUrl, activity.Conversation?.Id, activityId, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activityId = Require(reference.ActivityId, "activityId", ConnectorOperations.DeleteActivity);
        return SendAsync(HttpMethod.Delete, ConnectorOperations.DeleteActivity, reference.ServiceUrl, reference.Conversation?.Id, activityId, null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        const string operation = ConnectorOperations.CreateConversation;
        serviceUrl = Require(serviceUrl, "serviceUrl", operation);
        var memberHash = LogValue.Hash(parameters.Members is [{ Id: { Length: > 0 } memberId }, ..] ? memberId : "none");
        var text = await SendAsync(HttpMethod.Post, operation, ConnectorRoute.Conversations(serviceUrl), memberHash, parameters, cancellationToken);
        try
        {
            var created = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ConversationResourceResponse>(text, ProtocolJson.Options);
            return created is { Id.Length: > 0 }
                ? created
                : throw Unreadable(text);
        }
        catch (JsonException)
        {
            throw Unreadable(text);
        }

        ConnectorException Unreadable(string body)
        {
            ConnectorLog.UnreadableResponse(_logger, operation, (int)HttpStatusCode.OK, body.Length);
            return new ConnectorException(
                $"The Bot Connector answered {operation} without a conversation id, so there is nowhere to send the message.",
                operation, HttpStatusCode.OK, errorCode: null, responseBody: body.Length > 512 ? body[..512] : body);
        }
    }

    private async Task<ResourceResponse> SendAsync(
        HttpMethod method, string operation, string? serviceUrl, string? conversationId, string? activityId, Activity? body, CancellationToken cancellationToken)
    {
        serviceUrl = Require(serviceUrl, "serviceUrl", operation);
        conversationId = Require(conversationId, "conversation.id", operation);
        var conversationHash = LogValue.Hash(conversationId);
        var text = await SendAsync(method, operation, ConnectorRoute.Activities(serviceUrl, conversationId, activityId), conversationHash, body, cancellationToken);
        return ReadResourceResponse(text, operation);
    }

    /// <summary>Sends one request with the bot's token to an allowed service host; returns the body of a successful answer.</summary>
    private async Task<string> SendAsync(HttpMethod method, string operation, Uri target, string conversationHash, object? body, CancellationToken cancellationToken)
    {
        if (!_allowList.IsAllowed(target))
        {
            ConnectorLog.ServiceUrlNotAllowed(_logger, operation, LogValue.Clean(target.Host), conversationHash);
            throw new ConnectorException(
                $"The serviceUrl host {LogValue.Clean(target.Host)} is not on BotConnector:AllowedServiceUrlHosts, so {operation} was not sent; add the host if it is a Bot Framework or Teams service.",
                operation, statusCode: null, errorCode: "ServiceUrlNotAllowed", responseBody: null);
        }

        using var request = new HttpRequestMessage(method, target);
        request.Options.Set(ConnectorRequestKeys.Operation, operation);
        request.Options.Set(ConnectorRequestKeys.ConversationHash, conversationHash);
        var bodyBytes = 0;
        if (body is not null)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
            bodyBytes = bytes.Length;
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await AuthorizeAsync(request, cancellationToken);
            using var response = await SendOrThrowAsync(request, operation, conversationHash, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!response.IsSuccessStatusCode)
            {
                var failure = ConnectorException.FromResponse(operation, response.StatusCode, text);
                ConnectorLog.Failed(_logger, operation, response.StatusCode, failure.ErrorCode, conversationHash, CorrelationIdOf(response));
                throw failure;
            }

            ConnectorLog.Sent(_logger, operation, conversationHash, (int)response.StatusCode, bodyBytes);
            return text;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            BotTelemetry.ConnectorFailures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
            throw;
        }
        finally
        {
            BotTelemetry.ConnectorDuration.Record(BotTelemetry.ElapsedMs(started),
                new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    private async Task<HttpResponseMessage> SendOrThrowAsync(HttpRequestMessage request, string operation, string conversationHash, CancellationToken cancellationToken)
    {
        try
        {
            return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            ConnectorLog.Unreachable(_logger, operation, conversationHash, ex.HttpRequestError.ToString());
            throw ConnectorException.Unreachable(operation, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ConnectorLog.TimedOut(_logger, operation, conversationHash, (long)_httpClient.Timeout.TotalMilliseconds);
            throw new ConnectorException(
                $"The Bot Connector did not answer {operation} within {(long)_httpClient.Timeout.TotalMilliseconds} ms (BotConnector:Timeout).",
                operation, statusCode: null, errorCode: "Timeout", responseBody: null, ex);
        }
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _tokenProvider.GetAccessTokenAsync(cancellationToken);
        if (token is null)
        {
            return;
        }

        var uri = request.RequestUri!;
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException(
                $"Refusing to send the bot's token over plain http to {uri.Host}: the serviceUrl must use https.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private ResourceResponse ReadResourceResponse(string text, string operation)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(text, ProtocolJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // The activity was accepted; failing here would make callers send it twice.
            ConnectorLog.UnreadableResponse(_logger, operation, (int)HttpStatusCode.OK, text.Length);
            return new ResourceResponse(null);
        }
    }

    private static string? CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;

    private static string Require(string? value, string field, string operation) =>
        string.IsNullOrEmpty(value)
            ? throw new ArgumentException($"{operation} needs the activity's {field}; apply the conversation reference of the inbound activity first.", field)
            : value;
}
