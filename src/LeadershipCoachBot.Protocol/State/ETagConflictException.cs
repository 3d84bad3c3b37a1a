namespace LeadershipCoachBot.Protocol.State;

/// <summary>A write lost an optimistic-concurrency race: someone else wrote the item first.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException() { }

    public ETagConflictException(string message) : base(message) { }

    public ETagConflictException(string message, Exception innerException) : base(message, innerException) { }

    public ETagConflictException(string key, string? expectedETag)
        : base($"The stored item '{key}' changed since it was read (expected eTag '{expectedETag}').")
    {
        Key = key;
    }

    public ETagConflictException(string key, string? expectedETag, Exception innerException)
        : base($"The stored item '{key}' changed since it was read (expected eTag '{expectedETag}').", innerException)
    {
        Key = key;
    }

    public string? Key { get; }
}
