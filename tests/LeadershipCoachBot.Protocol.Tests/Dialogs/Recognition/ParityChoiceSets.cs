using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs.Recognition;

/// <summary>The choice lists the parity cases are asked against; "confirm" means the confirm prompt.</summary>
internal static class ParityChoiceSets
{
    public const string Confirm = "confirm";

    public static IList<Choice> Get(string name) => name switch
    {
        "channels" => [new("Email"), new("Chat"), new("Phone call", "call", "ring")],
        "symbols" => [new("p < q"), new("p >= q"), new("p ?? q")],
        "overlap" => [new("Rollback"), new("Rollback plan"), new("Plan")],
        "plans" => [new("Plan A"), new("Plan B"), new("Plan C")],
        "actions" => [new("Pause the rollout", "pause", "hold off"), new("Keep going", "continue", "carry on"), new("Roll back", "revert", "undo it")],
        "people" => [new("Nobody", "no one", "none"), new("One person", "just one"), new("Everyone", "all of us")],
        "weekdays" => [new("Monday"), new("Tuesday"), new("Wednesday"), new("Thursday"), new("Friday")],
        "ten" => [new("alpha"), new("bravo"), new("charlie"), new("delta"), new("echo"), new("foxtrot"), new("golf"), new("hotel"), new("india"), new("juliet")],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such choice set."),
    };
}
