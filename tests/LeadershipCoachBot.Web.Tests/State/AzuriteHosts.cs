using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>Bot hosts keeping their state in one table of the local Azurite, as instances of one deployment do.</summary>
internal static class AzuriteHosts
{
    public static CoachBotFactory Create(string tableName, Action<IServiceCollection>? configure = null)
    {
        var host = new CoachBotFactory { ConfigureServices = configure };
        host.Settings["Storage:Provider"] = "AzureTables";
        host.Settings["Storage:ConnectionString"] = AzuriteTable.ConnectionString;
        host.Settings["Storage:TableName"] = tableName;
        return host;
    }
}
