using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Conversation.Routing;
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
    /// pipeline (<see cref="StatefulTurn"/>), its <see cref="TurnErrorBoundary"/> and <see cref="ForgetMe"/>
    /// with the conversation and user state registered as <see cref="IPersonalData"/> (register any
    /// other data kept for a person the same way, and <c>forget me</c> erases it too), the Review tone
    /// message action and group-chat handling (which send through the registered connector client).
    /// </summary>
    public static IServiceCollection AddCoachConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationState(DeadlineStorageOf(sp)));
        services.TryAddSingleton(sp => new UserState(DeadlineStorageOf(sp)));
        services.AddSingleton<IPersonalData>(sp => new BotStatePersonalData(
            sp.GetRequiredService<ConversationState>(), "this conversation's state (any flow in progress and the answers in it)"));
        services.AddSingleton<IPersonalData>(sp => new BotStatePersonalData(
            sp.GetRequiredService<UserState>(), "what I keep about you across conversations"));
        services.TryAddSingleton<ForgetMe>();
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

    private static DeadlineStorage DeadlineStorageOf(IServiceProvider services) => new(
        services.GetRequiredService<IStorage>(),
        services.GetRequiredService<IOptions<CloudAdapterOptions>>().Value.StorageTimeout,
        services.GetRequiredService<TimeProvider>());
}
