using System.Net;
using System.Text.Json;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// A Bot Connector call that did not succeed: the service refused it, kept throttling it past the
/// retry limit, or could not be reached (<see cref="StatusCode"/> is then <see langword="null"/>).
/// </summary>
public sealed class ConnectorException : Exception
{
    private const int MaxBodyChars = 512;

    public ConnectorException(string message)
        : base(message)
    {
        Operation = string.Empty;
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = string.Empty;
    }

    public ConnectorException(string message, string operation, HttpStatusCode? statusCode, string? errorCode, string? responseBody, Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ResponseBody = responseBody;
    }

    /// <summary>The connector operation, one of <see cref="ConnectorOperations"/>.</summary>
    public string Operation { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the connector's error response (Teams: <c>ConversationBlockedByUser</c>, <c>Throttled</c>, …).</summary>
    public string? ErrorCode { get; }

    /// <summary>The start of the response body, at most 512 characters.</summary>
    public string? ResponseBody { get; }

    internal static ConnectorException FromResponse(string operation, HttpStatusCode statusCode, string body)
    {
        var errorCode = ReadErrorCode(body);
        var trimmed = body.Length > MaxBodyChars ? body[..MaxBodyChars] : body;
        var code = errorCode is null ? string.Empty : $" ({errorCode})";
        var message = $"The Bot Connector answered {operation} with {(int)statusCode} {statusCode}{code}. {HintFor(statusCode)}";
        return new ConnectorException(message, operation, statusCode, errorCode, trimmed);
    }

    internal static ConnectorException Unreachable(string operation, HttpRequestException exception) =>
        new($"The Bot Connector could not be reached for {operation}: {exception.Message}. Check the activity's serviceUrl and the network path to it.",
            operation, statusCode: null, errorCode: null, responseBody: null, exception);

    private static string HintFor(HttpStatusCode statusCode) => statusCode switch
    {
        HttpStatusCode.Unauthorized => "Check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppType against the Azure Bot resource.",
        HttpStatusCode.Forbidden => "The bot may have been removed from the conversation, blocked by the user or disabled by an admin.",
        HttpStatusCode.NotFound => "The conversation or activity no longer exists; drop the stored reference.",
        HttpStatusCode.PreconditionFailed => "Another operation on the same conversation was in flight; send one activity at a time.",
        HttpStatusCode.RequestEntityTooLarge => "The activity is too large; shrink its card or text.",
        HttpStatusCode.TooManyRequests => "The conversation is throttled; send fewer messages per second.",
        >= HttpStatusCode.InternalServerError => "The connector failed; the activity may be sent again later.",
        _ => "The connector rejected the activity; see the response body.",
    };

    private static string? ReadErrorCode(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
