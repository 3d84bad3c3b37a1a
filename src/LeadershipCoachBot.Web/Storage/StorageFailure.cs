using Azure;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>A one-line reason for a storage failure, without the SDK's multi-line detail or any secret.</summary>
internal static class StorageFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[^1] : exception;
        return inner switch
        {
            RequestFailedException { Status: > 0 } failed => $"HTTP {failed.Status} {failed.ErrorCode}".TrimEnd(),
            OperationCanceledException => "no answer in time",
            _ => $"{inner.GetType().Name}: {FirstLine(inner.Message)}",
        };
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
