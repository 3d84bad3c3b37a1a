using System.CommandLine;
using LeadershipCoachBot.Cli.Input;

namespace LeadershipCoachBot.Cli.Commands;

/// <summary>
/// Where a command's unusable input becomes one line on standard error and exit code 2; anything else
/// is a defect and is left to System.CommandLine's exception handler.
/// </summary>
internal static class CommandBoundary
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(run);
        var configuration = parseResult.InvocationConfiguration;
        try
        {
            return await run(configuration.Output);
        }
        catch (UnusableInputException e)
        {
            await configuration.Error.WriteLineAsync($"coach: {e.Message}");
            return ExitCodes.UnusableInput;
        }
    }
}
