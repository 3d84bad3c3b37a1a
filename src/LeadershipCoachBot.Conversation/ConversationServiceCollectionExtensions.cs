using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The coach: <see cref="CoachBot"/> as the <see cref="IBot"/>, its dialogs, its conversation state
    /// (over the registered <see cref="IStorage"/>, each call with <c>Bot:StorageTimeout</c>), its turn
    /// pipeline (<see cref="StatefulTurn"/>) and its <see cref="TurnErrorBoundary"/>.
    /// </summary>
    public static IServiceCollection AddCoachConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationState(new DeadlineStorage(
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<IOptions<CloudAdapterOptions>>().Value.StorageTimeout,
            sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<ConversationTurnLock>();
        services.TryAddSingleton<CoachState>();
        services.TryAddSingleton<IncidentTriageDialog>();
        services.TryAddSingleton<ReviewDraftDialog>();
        services.TryAddSingleton<CoachDialogs>();
        services.TryAddSingleton<StatefulTurn>();
        services.TryAddSingleton<TurnErrorBoundary>();
        services.TryAddTransient<IBot, CoachBot>();
        return services;
    }
}
