using System.Text.Json;
using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Conversation.Drafting;

/// <summary>Plans and triaged incidents as card data: JSON in a string field, read back without trusting it.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(MessagePlan plan) => JsonSerializer.Serialize(plan, Options);

    public static string Write(TriagedIncident incident) => JsonSerializer.Serialize(incident, Options);

    /// <summary>The plan in <paramref name="json"/>, or null when it is missing or not a plan.</summary>
    public static MessagePlan? ReadPlan(string? json) => Read<MessagePlan>(json) is { } plan
        && Enum.IsDefined(plan.Kind) && Enum.IsDefined(plan.Audience) ? plan : null;

    public static TriagedIncident? ReadIncident(string? json) => Read<TriagedIncident>(json) is { Report: { } report } incident
        && Enum.IsDefined(report.CustomerImpact) && Enum.IsDefined(report.DataLoss) && Enum.IsDefined(report.SecurityOrLegal) && Enum.IsDefined(report.Spread)
            ? incident
            : null;

    private static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
