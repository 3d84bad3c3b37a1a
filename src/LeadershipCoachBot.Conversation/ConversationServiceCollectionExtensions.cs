using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Teams;
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
    /// (over the registered <see cref="IStorage"/>), its <see cref="TurnErrorBoundary"/>, the Review tone
    /// message action and group-chat handling (which send through the registered connector client).
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
        services.AddFollowThroughDialogs();
        services.TryAddSingleton<CoachDialogs>();
        services.AddOptions<CoachFlowOptions>();
        services.TryAddSingleton<DraftCardActions>();
        services.TryAddSingleton<FrontDoor>();
        services.TryAddSingleton<StatefulTurn>();
        services.TryAddSingleton<TurnErrorBoundary>();
        services.TryAddSingleton<PrivateChat>();
        services.TryAddSingleton<ReviewToneAction>();
        services.TryAddSingleton<SharedConversations>();
        services.AddHostedService<ToneReviewWarmUp>();
        services.TryAddTransient<IBot, CoachBot>();
        return services;
    }
}
