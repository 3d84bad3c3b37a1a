namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog runs and its persisted state. After a reload from
/// storage the values of <see cref="State"/> are <see cref="System.Text.Json.JsonElement"/>s;
/// read them with <see cref="StateDictionaryExtensions.GetValue{T}"/>.
/// </summary>
public sealed class DialogInstance
{
    public DialogInstance() { }

    public DialogInstance(string id)
    {
        Id = id;
    }

    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>(StringComparer.Ordinal);
}
