using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Routing;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipCoachBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The coach: <see cref="CoachBot"/> as the <see cref="IBot"/>, its dialogs, its conversation state
    /// (over the registered <see cref="IStorage"/>) and its <see cref="TurnErrorBoundary"/>.
    /// </summary>
    public static IServiceCollection AddCoachConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<ConversationTurnLock>();
        services.TryAddSingleton<CoachState>();
        services.TryAddSingleton<CoachMemory>();
        services.TryAddSingleton<IncidentTriageDialog>();
        services.TryAddSingleton<ReviewDraftDialog>();
        services.TryAddSingleton<DraftMessageDialog>();
        services.TryAddSingleton<CoachDialogs>();
        services.AddOptions<CoachFlowOptions>();
        services.TryAddSingleton<DraftCardActions>();
        services.TryAddSingleton<FrontDoor>();
        services.TryAddSingleton<StatefulTurn>();
        services.TryAddSingleton<TurnErrorBoundary>();
        services.TryAddTransient<IBot, CoachBot>();
        return services;
    }
}
