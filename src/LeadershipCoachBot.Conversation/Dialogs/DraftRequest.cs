using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How the pre-post check starts: the kind of message, who it is for, and what happened when the request already said it.</summary>
public sealed partial record DraftRequest(DraftKind Kind, Audience Audience, string? WhatHappened = null)
{
    private const int SeedWords = 3;

    /// <summary>
    /// What follows the first colon and space of a request ("exec update: I approved the migration and
    /// checkout failed"), when it says enough; the colon of a clock time ("14:00") does not count.
    /// </summary>
    public static string? SeedFrom(string? request)
    {
        var match = request is null ? null : AfterColon().Match(request);
        var seed = match is { Success: true } ? match.Groups["seed"].Value.Trim() : null;
        return seed is { Length: > 0 } && seed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SeedWords ? seed : null;
    }

    [GeneratedRegex(@"^[^:]*?\D:\s+(?<seed>.+)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AfterColon();
}
