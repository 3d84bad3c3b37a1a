using Spectre.Console;

namespace LeadershipCoachBot.Cli;

/// <summary>
/// What the commands need from the terminal besides the output and error writers, which come from
/// System.CommandLine's <c>InvocationConfiguration</c>: standard input, and whether to detect colour.
/// </summary>
internal sealed record CoachTerminal(Func<Stream> OpenStandardInput, bool DetectAnsi, int? Width = null)
{
    /// <summary>The process's own standard input, with colour when the output is a terminal that supports it.</summary>
    public static CoachTerminal Process { get; } = new(Console.OpenStandardInput, DetectAnsi: true);

    /// <summary>A Spectre console writing to <paramref name="output"/>.</summary>
    public IAnsiConsole CreateConsole(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = DetectAnsi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = DetectAnsi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (Width is { } width)
        {
            console.Profile.Width = width;
        }

        return console;
    }
}
