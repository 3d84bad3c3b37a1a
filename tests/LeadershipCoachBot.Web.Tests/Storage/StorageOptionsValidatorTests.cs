using LeadershipCoachBot.Web.Storage;

namespace LeadershipCoachBot.Web.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(_validator.Validate(null, new StorageOptions()).Succeeded);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1botstate")]
    [InlineData("bot-state")]
    [InlineData("bot_state")]
    [InlineData("tables")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Validate_InvalidTableName_FailsNamingTheSetting(string tableName)
    {
        var result = _validator.Validate(null, new StorageOptions { TableName = tableName });

        Assert.True(result.Failed);
        Assert.Contains("Storage:TableName", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("BotState2")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Validate_ValidTableName_Succeeds(string tableName)
    {
        Assert.True(_validator.Validate(null, new StorageOptions { TableName = tableName }).Succeeded);
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("ftp://account.table.core.windows.net")]
    [InlineData("/relative")]
    public void Validate_BadTableEndpoint_FailsNamingTheSetting(string endpoint)
    {
        var result = _validator.Validate(null, new StorageOptions { TableEndpoint = endpoint });

        Assert.Contains("Storage:TableEndpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpsTableEndpoint_Succeeds()
    {
        Assert.True(_validator.Validate(null, new StorageOptions { TableEndpoint = "https://account.table.core.windows.net" }).Succeeded);
    }

    [Fact]
    public void Validate_NoConnectionStringNorEndpoint_FailsNamingBoth()
    {
        var result = _validator.Validate(null, new StorageOptions { ConnectionString = " " });

        Assert.Contains("Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage:TableEndpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GarbageConnectionString_FailsWithoutEchoingIt()
    {
        var result = _validator.Validate(null, new StorageOptions { ConnectionString = "secret-looking-garbage" });

        Assert.Contains("Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-garbage", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MemoryProvider_IgnoresTableSettings()
    {
        Assert.True(_validator.Validate(null, new StorageOptions { Provider = StorageProvider.Memory, TableName = "x", ConnectionString = null }).Succeeded);
    }
}
