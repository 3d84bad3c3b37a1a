using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>Real Teams payloads kept under <c>Fixtures/</c>, and how to post them.</summary>
internal static class TeamsFixtures
{
    public const string InstallationUpdateAdd = "installation-update-add";
    public const string ConversationUpdatePersonalInstall = "conversation-update-personal-install";
    public const string ConversationUpdateMemberAdded = "conversation-update-member-added";
    public const string MessageGroupMention = "message-group-mention";
    public const string MessageCardSubmit = "message-card-submit";
    public const string InvokeAdaptiveCardAction = "invoke-adaptive-card-action";
    public const string InvokeUnknown = "invoke-unknown";
    public const string InvokeFetchTaskMessage = "invoke-fetch-task-message";
    public const string InvokeFetchTaskCompose = "invoke-fetch-task-compose";
    public const string InvokeSubmitAction = "invoke-submit-action";
    public const string Typing = "typing";
    public const string MessageExpectReplies = "message-expect-replies";

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")))!.AsObject();

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string fixture, string? authorization = null) =>
        client.PostAsync(Load(fixture), authorization);

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonNode activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Route)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return client.SendAsync(request);
    }

    public static async Task<ExpectedReplies> ReadRepliesAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<ExpectedReplies>(body, ProtocolJson.Options)!;
    }
}
