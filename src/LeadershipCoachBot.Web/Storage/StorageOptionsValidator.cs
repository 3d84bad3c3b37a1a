using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>Checks the <c>Storage</c> settings before start-up, naming the setting to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Provider == StorageProvider.Memory)
        {
            return ValidateOptionsResult.Success;
        }

        if (!IsValidTableName(options.TableName))
        {
            failures.Add($"Storage:TableName '{options.TableName}' is not a valid table name: use 3-63 letters and digits, starting with a letter (and not 'tables').");
        }

        if (options.UsesTableEndpoint)
        {
            if (!Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"Storage:TableEndpoint '{options.TableEndpoint}' is not an http(s) URI; set it to the table service, e.g. https://<account>.table.core.windows.net.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Neither Storage:ConnectionString nor Storage:TableEndpoint is set; set one (UseDevelopmentStorage=true for the local Azurite), or set Storage:Provider to Memory for a throwaway store.");
        }
        else if (!IsParsableConnectionString(options.ConnectionString))
        {
            failures.Add("Storage:ConnectionString is not a storage connection string; copy it from the storage account's Access keys, or use UseDevelopmentStorage=true for Azurite.");
        }

        if (options.StartupTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Storage:StartupTimeout must be positive (it is {options.StartupTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsValidTableName(string? tableName) =>
        tableName is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetter(tableName[0])
        && tableName.All(char.IsAsciiLetterOrDigit)
        && !string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase);

    private static bool IsParsableConnectionString(string connectionString)
    {
        try
        {
            // Parsing only: the client does no I/O until it is used.
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
