using System.CommandLine;
using LeadershipCoachBot.Cli.Commands;

namespace LeadershipCoachBot.Cli;

/// <summary>The <c>coach</c> command line: <c>review</c> and <c>eval</c>.</summary>
internal static class CoachCommandLine
{
    public static RootCommand Create(CoachTerminal terminal) =>
        ExitCodesHelpAction.AddTo(new("Leadership coach: reviews the tone of updates and apologies after a decision went wrong.")
        {
            ReviewCommand.Create(terminal),
            EvalCommand.Create(terminal),
        });
}
