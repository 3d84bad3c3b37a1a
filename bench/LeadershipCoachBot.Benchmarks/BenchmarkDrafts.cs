using System.Text;

namespace LeadershipCoachBot.Benchmarks;

/// <summary>
/// Drafts of an exact number of words, built the same way every run from a fixed mix of clean and
/// flawed sentences, so timings compare across runs and machines.
/// </summary>
public static class BenchmarkDrafts
{
    private static readonly string[] Sentences =
    [
        "Update on the payments outage, 14:10 UTC.",
        "From 09:05 to 10:40 UTC about 3,100 customers could not complete a card payment.",
        "The outage happened because the database team did not test the failover.",
        "Pushing the migration out before the quarter closed was my decision, and I own it.",
        "We are rolling everything back and cancelling the whole migration for good.",
        "Our load test skipped the retry path, which is the path that failed under real traffic.",
        "I am a terrible leader and I should never have been trusted with this.",
        "Priya adds the retry path to the load test by Friday, and Tomás reviews the runbook on Monday.",
        "This will never happen again, I promise.",
        "We do not yet know whether any payments were taken twice; finance is checking the ledger tonight.",
        "Some users may have experienced a slight degradation in service.",
        "Honestly this week has been incredibly hard for me personally.",
        "I'm sorry if anyone was upset by how this played out.",
        "Support answered 480 tickets in four hours, and I am grateful to every one of them.",
        "Next update at 17:00 UTC, or sooner if the refund numbers change.",
    ];

    /// <summary>A draft of exactly <paramref name="words"/> words, in paragraphs of five sentences.</summary>
    public static string Build(int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        var draft = new StringBuilder(words * 7);
        var written = 0;
        for (var i = 0; written < words; i++)
        {
            var sentence = Sentences[i % Sentences.Length].Split(' ');
            var take = Math.Min(sentence.Length, words - written);
            if (written > 0)
            {
                draft.Append(i % 5 == 0 ? "\n\n" : " ");
            }

            draft.AppendJoin(' ', sentence.Take(take));
            if (take < sentence.Length)
            {
                draft.Append('.');
            }

            written += take;
        }

        return draft.ToString();
    }
}
