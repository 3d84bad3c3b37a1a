namespace LeadershipCoachBot.Cli.Input;

/// <summary>
/// Input the command cannot use; the message is one line saying what failed and how to fix it.
/// The command boundary prints it to standard error and exits with <see cref="ExitCodes.UnusableInput"/>.
/// </summary>
internal sealed class UnusableInputException(string message) : Exception(message);
