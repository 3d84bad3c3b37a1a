using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Recognises the commands every coaching dialog understands, as a whole typed message (any case,
/// punctuation and @mention ignored) or as a card button whose submit data is
/// <c>{"command": "help" | "cancel" | "start over"}</c>.
/// </summary>
public static class CoachingCommands
{
    /// <summary>The submit data field of a command button.</summary>
    public const string SubmitField = "command";

    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string StartOver = "start over";

    public static CoachingCommand Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardSubmit.IsCardSubmit(activity))
        {
            return FromWords(Utterance.Normalise(CardSubmit.GetString(activity, SubmitField)));
        }

        return activity.Text?.Trim() == "?" ? CoachingCommand.Help : FromWords(Utterance.Normalise(activity.Text));
    }

    /// <summary>Words said before a command that do not change it: "wait actually nvm" is "nvm".</summary>
    private static readonly string[] Fillers = ["wait", "actually", "oh", "ok", "okay", "hmm", "um", "uh", "erm", "ah", "sorry", "no", "nah", "hang", "on", "please"];

    private static CoachingCommand FromWords(string words)
    {
        var command = Command(words);
        if (command != CoachingCommand.None)
        {
            return command;
        }

        var said = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < said.Length - 1 && Fillers.Contains(said[start], StringComparer.Ordinal))
        {
            start++;
        }

        var end = said.Length;
        while (end > start + 1 && said[end - 1] is "then" or "please" or "thanks")
        {
            end--;
        }

        // Only a command asked for in so many words: a filler before "help" could be part of an answer.
        var trimmed = Command(string.Join(' ', said[start..end]));
        return trimmed == CoachingCommand.Cancel ? trimmed : CoachingCommand.None;
    }

    private static CoachingCommand Command(string words) => words switch
    {
        "help" => CoachingCommand.Help,
        "cancel" or "stop" or "quit" or "nvm" or "never mind" or "nevermind" or "forget it" or "forget about it" or "cancel that" or "stop this" => CoachingCommand.Cancel,
        "start over" or "startover" or "restart" or "start again" => CoachingCommand.StartOver,
        _ => CoachingCommand.None,
    };
}
