using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Thrown by an invoke handler to answer with a given status and body (501 for names the bot does not handle).</summary>
public sealed class InvokeResponseException : Exception
{
    public InvokeResponseException(int statusCode, object? body = null)
        : base($"The invoke was answered with status {statusCode}.")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public object? Body { get; }

    public InvokeResponse CreateInvokeResponse() => new() { Status = StatusCode, Body = Body };
}
