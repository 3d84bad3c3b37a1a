using LeadershipCoachBot.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests.Host;

public sealed class CoachFlowSettingsTests
{
    [Fact]
    public void StaleFlowAfter_IsReadFromTheCoachSection()
    {
        using var factory = new CoachBotFactory();
        factory.Settings["Coach:StaleFlowAfter"] = "00:45:00";

        var options = factory.Services.GetRequiredService<IOptions<CoachFlowOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(45), options.StaleFlowAfter);
    }

    [Fact]
    public void StaleFlowAfter_DefaultsToFourHours()
    {
        using var factory = new CoachBotFactory();

        Assert.Equal(TimeSpan.FromHours(4), factory.Services.GetRequiredService<IOptions<CoachFlowOptions>>().Value.StaleFlowAfter);
    }
}
