using System.Net;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.Privacy;

/// <summary>
/// <c>forget me</c> and the channel's <c>deleteUserData</c>, on Azurite: <c>forget me</c> asks first and a no
/// deletes nothing; on a yes every registered kind of stored data goes, and the leader is told what.
/// </summary>
public sealed class ForgetMeTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();
    private CoachBotFactory _host = null!;
    private LessonsForTest _lessons = null!;

    public async Task InitializeAsync()
    {
        await _table.InitializeAsync();
        _host = AzuriteHosts.Create(_table.Table.Name, services =>
            services.AddSingleton<IPersonalData>(sp => _lessons = new LessonsForTest(sp.GetRequiredService<IStorage>())));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _table.DisposeAsync();
    }

    [Fact]
    public async Task ForgetMe_MidTriage_DeletesConversationUserStateAndRegisteredData_AndSaysWhat()
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "triage");
        await _chat.SayAsync(client, "checkout is down for everyone in one region");
        var storage = _host.Services.GetRequiredService<IStorage>();
        var userKey = $"msteams/users/{UserId()}";
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [userKey] = new() { ["seen"] = true } });
        await _lessons.SaveAsync("msteams", UserId());

        var question = StateChat.Says(await _chat.SayAsync(client, "Forget me"));
        var replies = await _chat.SayAsync(client, "yes");
        var stored = await storage.ReadAsync([_chat.StorageKey, userKey, LessonsForTest.KeyFor("msteams", UserId())]);
        var after = StateChat.Says(await _chat.SayAsync(client, "most"));

        var confirmation = Assert.Single(replies).Text!;
        Assert.Contains(ForgetMeCard.Title, question, StringComparison.Ordinal);
        Assert.Contains(LessonsForTest.Described, question, StringComparison.Ordinal);
        Assert.Contains("conversation's state", confirmation, StringComparison.Ordinal);
        Assert.Contains("across conversations", confirmation, StringComparison.Ordinal);
        Assert.Contains(LessonsForTest.Described, confirmation, StringComparison.Ordinal);
        Assert.Empty(stored);
        Assert.Contains(CoachReplies.NotUnderstood, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_AfterALessonIsRecorded_DeletesTheLesson_AndSaysSo()
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "lesson: rehearse the rollback before the cut-over");
        var storage = _host.Services.GetRequiredService<IStorage>();
        var lessonsKey = $"msteams/users/{UserId()}/lessons";
        Assert.NotEmpty(await storage.ReadAsync([lessonsKey]));

        await _chat.SayAsync(client, "forget me");
        var replies = await _chat.SayAsync(client, "yes please");

        Assert.Contains("the lessons you recorded", Assert.Single(replies).Text!, StringComparison.Ordinal);
        Assert.Empty(await storage.ReadAsync([lessonsKey]));
    }

    [Fact]
    public async Task ForgetMe_No_DeletesNothing_AndTheTriageCarriesOn()
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "lesson: rehearse the rollback before the cut-over");
        await _chat.SayAsync(client, "triage");
        var storage = _host.Services.GetRequiredService<IStorage>();
        var lessonsKey = $"msteams/users/{UserId()}/lessons";

        await _chat.SayAsync(client, "forget me");
        var replies = await _chat.SayAsync(client, "no");
        var next = StateChat.Says(await _chat.SayAsync(client, "checkout is down for everyone in one region"));

        Assert.Equal(ForgetMe.NothingDeleted, Assert.Single(replies).Text);
        Assert.NotEmpty(await storage.ReadAsync([lessonsKey]));
        Assert.Contains(ImpactQuestion, next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_NothingStored_SaysSo_AndStoresNothing()
    {
        var replies = await _chat.SayAsync(_host.CreateClient(), "forget me");
        var stored = await _host.Services.GetRequiredService<IStorage>().ReadAsync([_chat.StorageKey]);

        Assert.Equal(ForgetMe.Confirmation([]), Assert.Single(replies).Text);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task DeleteUserData_FromTheChannel_DeletesEverything_WithoutAReply()
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "triage");
        await _lessons.SaveAsync("msteams", UserId());
        var request = _chat.Message("ignored");
        request["type"] = "deleteUserData";
        request.Remove("text");

        using var response = await client.PostAsync(request);
        var stored = await _host.Services.GetRequiredService<IStorage>().ReadAsync([_chat.StorageKey, LessonsForTest.KeyFor("msteams", UserId())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadRepliesAsync()).Activities);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task CompletedTriage_LeavesNoneOfTheLeadersWordsStored()
    {
        var client = _host.CreateClient();
        const string Words = "payments queue backed up after the schema change";
        var storage = _host.Services.GetRequiredService<IStorage>();
        foreach (var text in new[] { "triage", Words, "most", "no", "no" })
        {
            await _chat.SayAsync(client, text);
        }

        var during = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];
        await _chat.SayAsync(client, "contained");
        var after = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];

        Assert.Contains("payments queue", during.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("payments queue", WithoutRememberedIncident(after).ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The state less the one thing kept on purpose after a triage ends: the incident as triaged, which the
    /// drafts, the recovery kit and lessons build on (erased by forget me and by the retention sweep).
    /// </summary>
    private static JsonNode WithoutRememberedIncident(JsonObject state)
    {
        var copy = state.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                obj.Remove("lastIncident");
                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Strip(child);
                }
            }
        }
    }

    [Fact]
    public async Task CancelledTriage_LeavesNoneOfTheLeadersWordsStored()
    {
        var client = _host.CreateClient();
        var storage = _host.Services.GetRequiredService<IStorage>();
        await _chat.SayAsync(client, "triage");
        await _chat.SayAsync(client, "invoices doubled after the pricing rollout");
        var during = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];

        await _chat.SayAsync(client, "cancel");
        var after = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];

        Assert.Contains("invoices doubled", during.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("invoices doubled", after.ToJsonString(), StringComparison.Ordinal);
    }

    private string UserId() => _chat.Message("x")["from"]!["id"]!.GetValue<string>();
}
