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

    private static CoachingCommand FromWords(string words) => words switch
    {
        "help" => CoachingCommand.Help,
        "cancel" or "stop" or "quit" => CoachingCommand.Cancel,
        "start over" or "startover" or "restart" or "start again" => CoachingCommand.StartOver,
        _ => CoachingCommand.None,
    };
}
