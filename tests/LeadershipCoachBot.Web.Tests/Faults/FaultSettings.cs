using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>
/// Deadlines short enough that a test waiting for them stays quick. <c>LCB_FAULT_DEADLINES=default</c>
/// keeps the shipped defaults instead, to see how long a failed turn takes with them.
/// </summary>
internal static class FaultSettings
{
    public static void ApplyShortDeadlines(CoachBotFactory host)
    {
        if (Environment.GetEnvironmentVariable("LCB_FAULT_DEADLINES") == "default")
        {
            return;
        }

        host.Settings["Bot:TurnTimeout"] = "00:00:03";
        host.Settings["Bot:StorageTimeout"] = "00:00:00.500";
        host.Settings["BotConnector:Timeout"] = "00:00:01";
        host.Settings["BotConnector:BaseDelay"] = "00:00:00.050";
        host.Settings["BotConnector:MaxDelay"] = "00:00:00.200";
    }
}
