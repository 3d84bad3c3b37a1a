using System.CommandLine;
using LeadershipCoachBot.Cli;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Tests;

/// <summary>Runs <c>coach</c> in-process with captured output, error and standard input.</summary>
internal sealed record CoachRun(int ExitCode, string Out, string Error)
{
    public static Task<CoachRun> InvokeAsync(params string[] args) => InvokeAsync(args, stdin: []);

    public static async Task<CoachRun> InvokeAsync(string[] args, byte[] stdin, bool ansi = false)
    {
        var terminal = new CoachTerminal(
            () => new MemoryStream(stdin, writable: false),
            ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Width: 400);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CoachCommandLine.Create(terminal)
            .Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CoachRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
