namespace LeadershipCoachBot.Cli.Tests;

/// <summary>Drafts the tests review; the flawed one has problems any careful coach would flag.</summary>
internal static class Drafts
{
    public const string Flawed =
        "Quick note on yesterday's outage. The outage happened because the database team did not test the failover, " +
        "so this was not really on us. We are rolling everything back and cancelling the migration for good. " +
        "I promise this will never happen again.";

    public const string Apology =
        "I'm sorry if anyone was upset by the reorg announcement. Mistakes were made in how it was communicated.";

    public const string Good =
        "Update on the checkout outage (14:10 UTC). From 09:05 to 10:40 UTC about 3,100 customers could not pay. " +
        "Pushing the payment migration out this week was my decision. Our load test skipped the retry path, which is what failed. " +
        "We have rolled back; Priya adds the retry path to the load test by Friday. " +
        "We do not yet know whether any payments were taken twice; finance is checking. Next update at 17:00 UTC.";
}
