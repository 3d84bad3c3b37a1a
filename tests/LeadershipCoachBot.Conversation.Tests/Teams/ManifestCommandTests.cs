using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Conversation.Tests.Teams;

/// <summary>Every command manifest/manifest.json offers in Teams is one the coach answers.</summary>
public sealed class ManifestCommandTests
{
    /// <summary>
    /// Commands the manifest lists for the personal chat whose routing this build does not have yet:
    /// each must still get the not-understood line, so this test fails once one is routed and the
    /// entry has to go.
    /// </summary>
    private static JsonElement Manifest { get; } =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "manifest", "manifest.json"))).RootElement.Clone();

    public static TheoryData<string, string> BotCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var list in Manifest.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray())
        {
            foreach (var scope in list.GetProperty("scopes").EnumerateArray())
            {
                foreach (var command in list.GetProperty("commands").EnumerateArray())
                {
                    data.Add(scope.GetString()!, command.GetProperty("title").GetString()!);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> MessageExtensionCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Manifest.GetProperty("composeExtensions")[0].GetProperty("commands").EnumerateArray())
        {
            foreach (var context in command.GetProperty("context").EnumerateArray())
            {
                data.Add(command.GetProperty("id").GetString()!, context.GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public void Manifest_ListsCommandsForEveryScope()
    {
        Assert.Equal(15, BotCommands().Count);
        Assert.Equal(2, MessageExtensionCommands().Count);
    }

    [Theory]
    [MemberData(nameof(BotCommands))]
    public async Task BotCommand_IsAnsweredInItsScope(string scope, string title)
    {
        var harness = new CoachBotHarness();
        var activity = harness.Inbound(ActivityTypes.Message);
        activity.Text = title;
        if (scope != "personal")
        {
            activity.Conversation = new ConversationAccount { Id = "19:shared@thread.v2", ConversationType = scope == "team" ? "channel" : scope, IsGroup = true, TenantId = "tenant-1" };
            activity.Text = $"<at>Leadership Coach</at> {title}";
            activity.Entities = [JsonSerializer.SerializeToElement(new Mention { Mentioned = new ChannelAccount(CoachBotHarness.BotId), Text = "<at>Leadership Coach</at>" }, ProtocolJson.Options).Deserialize<Entity>(ProtocolJson.Options)!];
        }

        var sent = await harness.SendAsync(activity);

        Assert.NotEmpty(sent);
        var notUnderstood = sent.Any(a => LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(a).Contains(CoachReplies.NotUnderstood, StringComparison.Ordinal));
        Assert.False(notUnderstood, $"The manifest offers '{title}' in {scope}, but the coach does not understand it.");
    }

    [Theory]
    [MemberData(nameof(MessageExtensionCommands))]
    public async Task MessageExtensionCommand_OpensADialog(string commandId, string context)
    {
        var harness = new CoachBotHarness();
        var value = JsonSerializer.Serialize(new
        {
            commandId,
            commandContext = context,
            messagePayload = context == "message" ? new { body = new { contentType = "html", content = "<p>We paused the rollout at noon.</p>" } } : null,
        });

        var (status, body, _) = await harness.InvokeAsync("composeExtension/fetchTask", value);

        Assert.Equal(200, status);
        Assert.Equal("continue", body!.Value.GetProperty("task").GetProperty("type").GetString());
    }
}
