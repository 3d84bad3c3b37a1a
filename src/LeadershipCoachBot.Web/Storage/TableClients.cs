using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// Builds the table client from <see cref="StorageOptions"/>. Retries are few and short so that a
/// turn (Teams waits about 15 s) and the start-up check fail quickly when storage is down.
/// </summary>
internal static class TableClients
{
    public static TableClient Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options.UsesTableEndpoint
            ? new TableClient(new Uri(options.TableEndpoint!), options.TableName, new DefaultAzureCredential(), clientOptions)
            : new TableClient(options.ConnectionString, options.TableName, clientOptions);
    }

    /// <summary>The table's address without any query (a SAS token never reaches a log).</summary>
    public static string DescribeEndpoint(TableClient table) => table.Uri.GetLeftPart(UriPartial.Path);
}
