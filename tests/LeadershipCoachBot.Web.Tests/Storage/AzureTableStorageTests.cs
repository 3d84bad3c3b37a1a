using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Storage;
using LeadershipCoachBot.Web.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadershipCoachBot.Web.Tests.Storage;

public sealed class AzureTableStorageTests(AzuriteTable azurite) : StorageContractTests, IClassFixture<AzuriteTable>
{
    protected override bool LimitsValueSize => true;

    protected override IStorage CreateStorage() => new AzureTableStorage(azurite.Table, NullLogger<AzureTableStorage>.Instance);
}
