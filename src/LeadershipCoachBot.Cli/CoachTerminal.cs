using Spectre.Console;

namespace LeadershipCoachBot.Cli;

/// <summary>
/// What the commands need from the terminal besides the output and error writers, which come from
/// System.CommandLine's <c>InvocationConfiguration</c>: standard input, and how to style the output.
/// </summary>
internal sealed record CoachTerminal(
    Func<Stream> OpenStandardInput,
    AnsiSupport Ansi = AnsiSupport.Detect,
    ColorSystemSupport ColorSystem = ColorSystemSupport.Detect,
    int? Width = null)
{
    /// <summary>The process's standard input; colour and underline when the output is a terminal that supports them.</summary>
    public static CoachTerminal Process { get; } = new(Console.OpenStandardInput);

    /// <summary>A Spectre console writing to <paramref name="output"/>.</summary>
    public IAnsiConsole CreateConsole(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = Ansi,
            ColorSystem = ColorSystem,
            Interactive = InteractionSupport.No,
        });
        if (Width is { } width)
        {
            console.Profile.Width = width;
        }

        return console;
    }
}
