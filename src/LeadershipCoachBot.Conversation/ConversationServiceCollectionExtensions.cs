using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipCoachBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The coach: <see cref="CoachBot"/> as the <see cref="IBot"/>, and its <see cref="TurnErrorBoundary"/>.</summary>
    public static IServiceCollection AddCoachConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TurnErrorBoundary>();
        services.TryAddTransient<IBot, CoachBot>();
        return services;
    }
}
