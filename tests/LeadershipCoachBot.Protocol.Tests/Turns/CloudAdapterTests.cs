using System.Text;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing.Fakes;
using Microsoft.AspNetCore.Http;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

public sealed class CloudAdapterTests
{
    private readonly TurnsTestAdapter _host = new();

    [Fact]
    public async Task ReplyInATurn_GoesOutAsReplyToActivity()
    {
        await _host.RunAsync(new Bot((c, t) => c.SendActivityAsync("hi", t)), TurnsTestAdapter.Inbound(ActivityTypes.Message));

        var call = Assert.Single(_host.Connector.Calls);
        Assert.Equal(RecordingConnectorClient.ReplyToActivity, call.Operation);
        Assert.Equal("act-1", call.Activity?.ReplyToId);
    }

    [Fact]
    public async Task MessageWithoutReplyToId_GoesOutAsSendToConversation()
    {
        await _host.RunAsync(new Bot((c, t) => c.SendActivityAsync("hi", t)), TurnsTestAdapter.Inbound(ActivityTypes.Message, id: null));

        Assert.Equal(RecordingConnectorClient.SendToConversation, Assert.Single(_host.Connector.Calls).Operation);
    }

    [Fact]
    public async Task TraceActivity_IsNotSentToTeams()
    {
        var bot = new Bot((c, t) => c.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, t));

        await _host.RunAsync(bot, TurnsTestAdapter.Inbound(ActivityTypes.Message));

        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_WithoutResponse_AfterAFailureHandledByOnTurnError_Is501()
    {
        var handled = new List<Exception>();
        _host.Adapter.OnTurnError = (_, ex) => { handled.Add(ex); return Task.CompletedTask; };
        var activity = TurnsTestAdapter.Inbound(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";

        var result = await _host.RunAsync(new Bot((_, _) => throw new InvalidOperationException("boom")), activity);

        Assert.Equal(501, result?.Status);
        Assert.IsType<InvalidOperationException>(Assert.Single(handled));
    }

    [Fact]
    public async Task Failure_WithoutOnTurnError_Propagates()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _host.RunAsync(new Bot((_, _) => throw new InvalidOperationException("boom")), TurnsTestAdapter.Inbound(ActivityTypes.Message)));
    }

    [Fact]
    public async Task ProcessAsync_PassesTheRequestsCancellationTokenToTheBot()
    {
        using var aborted = new CancellationTokenSource();
        CancellationToken seen = default;
        var bot = new Bot((_, t) => { seen = t; return Task.CompletedTask; });

        await _host.Adapter.ProcessAsync(Post("""{"type":"message","id":"1","channelId":"msteams","from":{"id":"29:u"},"conversation":{"id":"c"}}""").Request, new DefaultHttpContext().Response, bot, aborted.Token);

        Assert.Equal(aborted.Token, seen);
    }

    [Fact]
    public async Task ProcessAsync_StopsReadingAtTheLimit_WithoutContentLength()
    {
        var host = new TurnsTestAdapter(new CloudAdapterOptions { MaxRequestBodyBytes = 4096 });
        var context = Post("""{"type":"message","text":" """ + new string('x', 8000) + "\"}");
        context.Request.ContentLength = null;
        var ran = false;

        await host.Adapter.ProcessAsync(context.Request, context.Response, new Bot((_, _) => { ran = true; return Task.CompletedTask; }));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        Assert.False(ran);
    }

    [Fact]
    public async Task ProcessAsync_Get_Is405()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;

        await _host.Adapter.ProcessAsync(context.Request, context.Response, new Bot((_, _) => Task.CompletedTask));

        Assert.Equal(StatusCodes.Status405MethodNotAllowed, context.Response.StatusCode);
    }

    private static DefaultHttpContext Post(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private sealed class Bot(Func<ITurnContext, CancellationToken, Task> turn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => turn(turnContext, cancellationToken);
    }
}
