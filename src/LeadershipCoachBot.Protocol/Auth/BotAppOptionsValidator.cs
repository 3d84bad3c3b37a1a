using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Start-up checks of the bot identity settings.</summary>
internal sealed class BotAppOptionsValidator : IValidateOptions<BotAppOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var singleTenant = options.MicrosoftAppType is MicrosoftAppType.SingleTenant or MicrosoftAppType.UserAssignedMSI;
        if (singleTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            failures.Add($"MicrosoftAppType {options.MicrosoftAppType} needs MicrosoftAppTenantId set to the bot's directory (tenant) id, a GUID.");
        }

        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword; remove it (the managed identity supplies the credential).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
