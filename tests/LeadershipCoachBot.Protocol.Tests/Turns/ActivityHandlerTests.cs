using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

public sealed class ActivityHandlerTests
{
    private readonly TurnsTestAdapter _host = new();
    private readonly RecordingActivityHandler _bot = new();

    [Fact]
    public async Task Message_ReachesTheHandlerWithoutTheBotsMention()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Message);
        activity.Text = "<at>Leadership Coach</at> help  ";
        activity.Entities = [Entity("""{"type":"mention","mentioned":{"id":"28:bot","name":"Leadership Coach"},"text":"<at>Leadership Coach</at>"}""")];

        await _host.RunAsync(_bot, activity);

        Assert.Equal(["OnMessageActivityAsync"], _bot.Calls);
        Assert.Equal("help", _bot.MessageText);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotAdded_DoesNotCallMembersAdded()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount("28:bot")];

        await _host.RunAsync(_bot, activity);

        Assert.Empty(_bot.Calls);
    }

    [Fact]
    public async Task ConversationUpdate_BotAndUserAdded_CallsMembersAddedWithTheUserOnly()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount("28:bot"), new ChannelAccount("29:user")];

        await _host.RunAsync(_bot, activity);

        Assert.Equal(["OnMembersAddedAsync"], _bot.Calls);
        Assert.Equal("29:user", Assert.Single(_bot.Members!).Id);
    }

    [Fact]
    public async Task ConversationUpdate_PersonRemoved_CallsMembersRemoved()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.ConversationUpdate);
        activity.MembersRemoved = [new ChannelAccount("29:left")];

        await _host.RunAsync(_bot, activity);

        Assert.Equal(["OnMembersRemovedAsync"], _bot.Calls);
    }

    [Theory]
    [InlineData("add", "OnInstallationUpdateAddAsync")]
    [InlineData("add-upgrade", "OnInstallationUpdateAddAsync")]
    [InlineData("remove", "OnInstallationUpdateRemoveAsync")]
    [InlineData("remove-upgrade", "OnInstallationUpdateRemoveAsync")]
    public async Task InstallationUpdate_RoutesByAction(string action, string expected)
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.InstallationUpdate);
        activity.Action = action;

        await _host.RunAsync(_bot, activity);

        Assert.Equal([expected], _bot.Calls);
    }

    [Fact]
    public async Task InstallationUpdate_UnknownAction_IsIgnored()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.InstallationUpdate);
        activity.Action = "refresh";

        await _host.RunAsync(_bot, activity);

        Assert.Empty(_bot.Calls);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData("somethingNew")]
    public async Task OtherTypes_AreAcknowledgedAndIgnored(string type)
    {
        var result = await _host.RunAsync(_bot, TurnsTestAdapter.Inbound(type));

        Assert.Null(result);
        Assert.Equal(["OnUnrecognizedActivityTypeAsync"], _bot.Calls);
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_UnknownName_Is501()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Invoke);
        activity.Name = "config/fetch";

        var result = await _host.RunAsync(_bot, activity);

        Assert.Equal(501, result?.Status);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardActionNotOverridden_Is501()
    {
        var result = await _host.RunAsync(new ActivityHandler(), CardAction("Action.Execute"));

        Assert.Equal(501, result?.Status);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardAction_ReturnsTheHandlersResponseOnce_WithoutSendingIt()
    {
        var bot = new RecordingActivityHandler { CardResponse = new AdaptiveCardInvokeResponse { Type = AdaptiveCardInvokeResponse.MessageType, Value = "ok" } };

        var result = await _host.RunAsync(bot, CardAction("Action.Execute"));

        Assert.Equal(200, result?.Status);
        var body = JsonSerializer.SerializeToElement(result!.Body, ProtocolJson.Options);
        Assert.Equal("ok", body.GetProperty("value").GetString());
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_HandlerThrowsInvokeResponseException_AnswersWithItsStatusAndBody()
    {
        var bot = new RecordingActivityHandler { InvokeFailure = new InvokeResponseException(409, new { reason = "stale card" }) };

        var result = await _host.RunAsync(bot, CardAction("Action.Execute"));

        Assert.Equal(409, result?.Status);
        Assert.Equal("stale card", JsonSerializer.SerializeToElement(result!.Body, ProtocolJson.Options).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Invoke_AdaptiveCardActionWithoutAction_Is400()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(new { trigger = "manual" });

        var result = await _host.RunAsync(_bot, activity);

        Assert.Equal(400, result?.Status);
        Assert.Empty(_bot.Calls);
    }

    [Fact]
    public async Task Invoke_MessageExtensionSubmit_ReadsTheTypedValue()
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Invoke);
        activity.Name = "composeExtension/submitAction";
        activity.Value = JsonDocument.Parse("""
            {"commandId":"reviewTone","commandContext":"message","data":{"kind":"apology"},
             "messagePayload":{"id":"m-1","body":{"contentType":"html","content":"<p>Sorry</p>"}}}
            """).RootElement;

        var result = await _host.RunAsync(_bot, activity);

        Assert.Equal(200, result?.Status);
        Assert.Equal("reviewTone", _bot.SubmittedAction?.CommandId);
        Assert.Equal("<p>Sorry</p>", _bot.SubmittedAction?.MessagePayload?.Body?.Content);
        var body = JsonSerializer.SerializeToElement(result!.Body, ProtocolJson.Options);
        Assert.Equal("message", body.GetProperty("task").GetProperty("type").GetString());
    }

    private static Activity CardAction(string actionType)
    {
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = actionType, verb = "markSent" }, trigger = "manual" });
        return activity;
    }

    private static Entity Entity(string json) => JsonSerializer.Deserialize<Entity>(json, ProtocolJson.Options)!;
}
