using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web;

/// <summary>
/// Refuses to start outside Development without <c>MicrosoftAppId</c>: without it every request would be
/// accepted unauthenticated, which is only for local development. With an app id every request must
/// carry a valid token, in every environment.
/// </summary>
internal sealed class ProductionIdentityCheck : IValidateOptions<BotAppOptions>
{
    private readonly IHostEnvironment _environment;

    public ProductionIdentityCheck(IHostEnvironment environment) => _environment = environment;

    public ValidateOptionsResult Validate(string? name, BotAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !_environment.IsDevelopment() && options.IsAnonymous
            ? ValidateOptionsResult.Fail(
                $"MicrosoftAppId is not set. Outside Development (the environment is {_environment.EnvironmentName}) the bot must authenticate every request from the Bot Connector: " +
                "set MicrosoftAppId to the Azure Bot's app id (for a managed identity, its client id), " +
                "or run with ASPNETCORE_ENVIRONMENT=Development for local testing without authentication.")
            : ValidateOptionsResult.Success;
    }
}
