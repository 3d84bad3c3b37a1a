using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// Key/value storage for bot state. Each value is a JSON object; its <c>"eTag"</c> property carries
/// the concurrency token. Reading sets it to the stored version. Writing a value whose <c>eTag</c> is
/// absent or <c>"*"</c> overwrites; writing one with another <c>eTag</c> fails with
/// <see cref="ETagConflictException"/> when the stored version differs (or the item is gone);
/// writing one whose <c>eTag</c> is <see cref="StoreItemETag.MustNotExist"/> fails when anything is
/// stored under the key.
/// A successful write sets <c>"eTag"</c> on each written value to its new stored version, so the
/// caller can write again without reading. Keys that are not found are absent from the result of a
/// read; deleting a key that is not there is not an error.
/// </summary>
public interface IStorage
{
    Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
