using System.Globalization;
using System.Text;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>
/// Long drafts for the review load, built from a seed: sentences drawn from a mix of clean ones and ones with the
/// traps the review flags, with the names, numbers and times varied, in paragraphs, up to a length in characters.
/// </summary>
public static class LoadDrafts
{
    private static readonly string[] Names = ["Priya", "Tomás", "Aiko", "Dmitri", "Fatou", "Lena", "Owen", "Rahul", "Sofia", "Kwame"];

    private static readonly string[] Systems = ["checkout", "search index", "billing export", "login service", "payments queue", "mobile sync", "report builder", "SSO bridge"];

    private static readonly string[] Templates =
    [
        "Update on the {system} incident, {time} UTC.",
        "From {time} to {time2} UTC about {count} customers could not use the {system}.",
        "Moving the {system} to the new cluster before the freeze was my decision, and I own what followed.",
        "The outage happened because the {system} team did not test the failover path.",
        "We are rolling everything back and cancelling the whole {system} programme for good.",
        "Our load test skipped the retry path, which is the path that failed under real traffic.",
        "I am a terrible leader and I should never have been trusted with the {system}.",
        "{name} adds the retry path to the load test by Friday, and {name2} reviews the runbook on Monday.",
        "This will never happen again, I promise.",
        "We do not yet know whether any of the {count} orders were charged twice; finance is checking tonight.",
        "Some users may have experienced a slight degradation in the {system}.",
        "Honestly this week has been incredibly hard for me personally.",
        "I'm sorry if anyone was upset by how the {system} change played out.",
        "Support answered {count} tickets in four hours, and I am grateful to every one of them.",
        "Next update at {time} UTC, or sooner if the refund numbers change.",
        "What I learned is that a staged rollout would have shown the fault on the first {count} accounts.",
        "If {name} had checked the config, none of this would have happened.",
        "The vendor's release notes said nothing about the change to the {system} API.",
        "We have paused new deploys to the {system} until the rollback is verified, and {name} owns that check.",
        "It was a minor glitch that only touched a handful of accounts.",
        "We will make sure nothing like this can ever happen to the {system} again.",
        "I should have asked for a second review before approving the {system} cutover.",
        "The root cause was a connection pool limit that nobody had raised since the {system} launched.",
        "Customers in the EU region saw errors for {minutes} minutes during the peak of the morning.",
    ];

    public static string Build(int seed, int characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(characters);
        var random = new Random(seed);
        var draft = new StringBuilder(characters + 200);
        var inParagraph = 0;
        while (true)
        {
            var sentence = Fill(Templates[random.Next(Templates.Length)], random);
            var separator = draft.Length == 0 ? string.Empty : inParagraph == 4 ? "\n\n" : " ";
            if (draft.Length + separator.Length + sentence.Length > characters)
            {
                return draft.Length == 0 ? sentence[..characters] : draft.ToString();
            }

            draft.Append(separator).Append(sentence);
            inParagraph = separator == "\n\n" ? 0 : inParagraph + 1;
        }
    }

    private static string Fill(string template, Random random)
    {
        var c = CultureInfo.InvariantCulture;
        return template
            .Replace("{system}", Systems[random.Next(Systems.Length)], StringComparison.Ordinal)
            .Replace("{name2}", Names[random.Next(Names.Length)], StringComparison.Ordinal)
            .Replace("{name}", Names[random.Next(Names.Length)], StringComparison.Ordinal)
            .Replace("{time2}", Clock(random), StringComparison.Ordinal)
            .Replace("{time}", Clock(random), StringComparison.Ordinal)
            .Replace("{count}", random.Next(12, 48_000).ToString("N0", c), StringComparison.Ordinal)
            .Replace("{minutes}", random.Next(5, 240).ToString(c), StringComparison.Ordinal);
    }

    private static string Clock(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 24):D2}:{random.Next(0, 60):D2}");
}
