using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

/// <summary>A <see cref="DialogTestClient"/> for one follow-through dialog, sharing its conversation state with a <see cref="RecoveryMemory"/>.</summary>
internal static class FollowThroughClient
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static DialogTestClient Create(Func<TimeProvider, RecoveryMemory, Dialog> dialog, object? options = null, ConversationState? state = null)
    {
        state ??= new ConversationState(new MemoryStorage());
        return new DialogTestClient("msteams", dialog(new FakeTimeProvider(Now), new RecoveryMemory(state, new CoachMemory(state))), options, state);
    }

    /// <summary>Everything a reply shows, its text and its cards' strings.</summary>
    public static string Says(Activity? reply) => reply is null ? string.Empty : CardText.Of(reply);

    public static string SaysAll(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(CardText.Of));
}
