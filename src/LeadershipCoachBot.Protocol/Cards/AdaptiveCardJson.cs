using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Cards;

/// <summary>JSON options for cards: camelCase, nulls omitted, enums by name.</summary>
public static class AdaptiveCardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
