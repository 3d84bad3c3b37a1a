namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// Inbound tokens cannot be validated right now because the token service's signing keys could not
/// be loaded: a server-side outage, answered 503 with <see cref="RetryAfter"/>, not the caller's fault.
/// </summary>
public sealed class AuthenticationUnavailableException : Exception
{
    public AuthenticationUnavailableException() { }

    public AuthenticationUnavailableException(string message) : base(message) { }

    public AuthenticationUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public AuthenticationUnavailableException(string message, TimeSpan retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>When the keys will next be fetched.</summary>
    public TimeSpan RetryAfter { get; }
}
