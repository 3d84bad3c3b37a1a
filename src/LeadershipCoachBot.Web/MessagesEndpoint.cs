using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web;

public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c> to the adapter and the bot, with the coach's error boundary
    /// around every turn. Other methods on the route get 405 from routing.
    /// </summary>
    public static IEndpointConventionBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var adapter = endpoints.ServiceProvider.GetRequiredService<CloudAdapter>();
        adapter.OnTurnError ??= endpoints.ServiceProvider.GetRequiredService<TurnErrorBoundary>().OnTurnErrorAsync;

        return endpoints.MapPost(Route, (HttpContext context, CloudAdapter cloudAdapter, IBot bot) =>
            cloudAdapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
    }
}
