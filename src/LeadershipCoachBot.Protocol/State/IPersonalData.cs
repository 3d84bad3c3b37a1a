using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// A kind of data the bot stores for a person. Every kind is registered (as a singleton
/// <see cref="IPersonalData"/>), and a request to forget the person erases every registered kind,
/// so data stored by a new feature is erased by registering it here, not by changing the eraser.
/// </summary>
public interface IPersonalData
{
    /// <summary>What the person is told was deleted, e.g. "the conversation we were having".</summary>
    string Description { get; }

    /// <summary>Whether anything of this kind is stored for the turn's person (and conversation): what a request to forget them would delete.</summary>
    Task<bool> HoldsAnyAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>Deletes this kind of data for the turn's person (and conversation); true when something was stored.</summary>
    Task<bool> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
