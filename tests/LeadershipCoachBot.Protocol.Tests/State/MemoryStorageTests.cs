using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Storage;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
