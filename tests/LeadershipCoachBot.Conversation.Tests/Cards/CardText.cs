using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

/// <summary>Every string a reply shows: its text, or every string value of its cards, one a line (unescaped).</summary>
internal static class CardText
{
    public static string Of(Activity reply) =>
        reply.Text ?? string.Join("\n", reply.Attachments?.Where(a => a.Content is not null).Select(a => Of(a.Content!.Value)) ?? []);

    public static string Of(JsonElement element)
    {
        var lines = new List<string>();
        Collect(element, lines);
        return string.Join("\n", lines);
    }

    private static void Collect(JsonElement element, List<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                lines.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, lines);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, lines);
                }

                break;
        }
    }
}
