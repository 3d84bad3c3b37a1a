using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipCoachBot.Conversation;

public static class FollowThroughServiceCollectionExtensions
{
    /// <summary>The 1:1, lessons, recovery and hard-conversation dialogs and what they keep.</summary>
    public static IServiceCollection AddFollowThroughDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<RecoveryMemory>();
        services.TryAddSingleton<OneOnOnePrepDialog>();
        services.TryAddSingleton<OneOnOneDebriefDialog>();
        services.TryAddSingleton<LessonStore>();
        services.AddSingleton<IPersonalData, LessonsPersonalData>();
        services.TryAddSingleton<RecordLessonDialog>();
        services.TryAddSingleton<LessonsDialog>();
        services.TryAddSingleton<RecoveryKitDialog>();
        services.TryAddSingleton<HardConversationDialog>();
        services.TryAddSingleton<FollowThroughDialogs>();
        return services;
    }
}
