namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// Bot state storage, bound from the <c>Storage</c> section. For Azure tables, set either
/// <see cref="ConnectionString"/> (defaults to the local Azurite) or <see cref="TableEndpoint"/>
/// (used with <c>DefaultAzureCredential</c>, i.e. the managed identity in Azure); the endpoint wins
/// when both are set.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.AzureTables;

    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>The table service URI, e.g. <c>https://account.table.core.windows.net</c>.</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>3-63 letters and digits, starting with a letter.</summary>
    public string TableName { get; set; } = "botstate";

    /// <summary>How long the start-up check may take in all to reach storage and create the table.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether the table is reached through <see cref="TableEndpoint"/> and an Azure credential.</summary>
    public bool UsesTableEndpoint => !string.IsNullOrWhiteSpace(TableEndpoint);

    /// <summary>The setting to fix when storage cannot be reached.</summary>
    public string ConnectionSettingName => UsesTableEndpoint
        ? $"{SectionName}:{nameof(TableEndpoint)}"
        : $"{SectionName}:{nameof(ConnectionString)}";
}
