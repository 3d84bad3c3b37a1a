namespace LeadershipCoachBot.Cli;

/// <summary>What the process exit code means; <c>--help</c> prints <see cref="Help"/>.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran; the verdict does not change the exit code.</summary>
    public const int Ok = 0;

    /// <summary>The command line itself was wrong (unknown option, missing argument); System.CommandLine reports it.</summary>
    public const int UsageError = 1;

    /// <summary>The input could not be used: empty text, unknown kind, a file missing, unreadable or not UTF-8.</summary>
    public const int UnusableInput = 2;

    public const string Help = """
        Exit codes:
          0  the command ran, whatever the verdict; with --jsonl, the file was read (unusable lines get error lines)
          1  the command line is wrong: unknown option, missing argument, FILE given with --jsonl
          2  the input is unusable: empty text, unknown kind, a file missing, a directory, unreadable or not valid UTF-8

        """;
}
