using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Copies of prompt activities, so sending never changes the activity kept in state.</summary>
internal static class PromptActivity
{
    private static readonly JsonElement ExpectingInput = JsonSerializer.SerializeToElement("expectingInput");

    /// <summary>A deep copy marked <c>inputHint: expectingInput</c>.</summary>
    public static Activity Copy(Activity activity)
    {
        var copy = JsonSerializer.SerializeToElement(activity, ProtocolJson.Options).Deserialize<Activity>(ProtocolJson.Options)!;
        copy.Type ??= ActivityTypes.Message;
        copy.Properties ??= [];
        copy.Properties.TryAdd("inputHint", ExpectingInput);
        return copy;
    }
}
