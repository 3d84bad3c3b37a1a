namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>The keys of a prompt's persisted state: <c>{"options": …, "state": {"AttemptCount": n}}</c>.</summary>
internal static class PromptStateKeys
{
    public const string Options = "options";
    public const string State = "state";
    public const string AttemptCount = "AttemptCount";
}
