using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace LeadershipCoachBot.Cli;

/// <summary>Prints the usual help, then what the exit codes mean.</summary>
internal sealed class ExitCodesHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var result = help.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.Help);
        return result;
    }

    /// <summary>Replaces the help action of <paramref name="root"/>'s help option (which its subcommands share).</summary>
    public static RootCommand AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new ExitCodesHelpAction(help);
            }
        }

        return root;
    }
}
