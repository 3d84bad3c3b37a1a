using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Writes the concrete suggestion for a finding: the sentence rewritten around the flagged words where the
/// rule knows how, otherwise the rule's or the category's line, filled from what the draft says.
/// </summary>
internal static class SuggestionWriter
{
    private const int LongestRewrite = 600;

    /// <summary>Words that open a new clause inside a sentence.</summary>
    private static readonly HashSet<string> Joiners = new(
        ["and", "but", "so", "because", "while", "although", "though", "whereas", "or", "yet", "since", "which", "then", "when"],
        StringComparer.Ordinal);

    /// <summary>Words that, after a comma, start a new clause: a determiner or a subject.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(
        ["the", "our", "their", "his", "her", "its", "a", "an", "this", "that", "my", "your", "we", "they", "i", "he", "she", "it", "you", "nobody", "someone"],
        StringComparer.Ordinal);

    private static readonly FilteredRegex GroupToken = new(@"\$\{(?<name>\w+)\}", caseSensitive: true);

    /// <summary>The group names each rule template refers to, worked out once per template.</summary>
    private static readonly ConcurrentDictionary<string, string[]> TokenNames = new(StringComparer.Ordinal);

    private static readonly FilteredRegex Topic = new(
        @"\b(?:the|our|this|that|my|last\s+\w+'s|yesterday's|\w+day's)\s+(?<topic>(?:[\w'-]+\s+){0,3}?(?:migration|rollout|release|upgrade|change|cutover|launch|switch|move|rewrite|update|deployment|merger|consolidation|hire|policy|reorg|bet|project|platform|rule|pipeline|integration|redesign|decision|programme|program))\b",
        caseSensitive: false);

    public static string ForPhrasing(DraftText text, RuleHit hit, (int Start, int Length) quote, string fallback, DraftVoice voice)
    {
        var rule = hit.Rule;
        fallback = VoiceRewriter.Apply(fallback, voice);
        if (rule.Rewrite is null && rule.Suggestion is null && rule.Append is null)
        {
            return fallback;
        }

        var window = hit.Sentence.Length <= LongestRewrite ? (hit.Sentence.Start, hit.Sentence.Length) : quote;
        var windowText = text.Folded.Substring(window.Item1, window.Item2);
        var match = RuleMatcher.Compile(rule).Main.Regex.Match(windowText, hit.Start - window.Item1);
        if (!match.Success)
        {
            return fallback;
        }

        var line = rule.Suggestion is null ? null : Fill(match, VoiceRewriter.Apply(rule.Suggestion, voice));
        if (rule.Rewrite is null)
        {
            var lead = rule.KeepsLead && line is not null ? Lead(windowText.AsSpan(0, match.Index)) : null;
            return lead is null ? line ?? fallback : $"{lead}. {line}";
        }

        var rewritten = Fill(match, VoiceRewriter.Apply(rule.Rewrite, voice));
        if (rewritten is null)
        {
            return line ?? fallback;
        }

        var from = match.Index + KeptLead(windowText.AsSpan(match.Index, match.Length));
        var revised = Capitalise(string.Concat(windowText.AsSpan(0, from), rewritten, windowText.AsSpan(match.Index + match.Length)).Trim());
        var appended = rule.Append is null ? null : Fill(match, VoiceRewriter.Apply(rule.Append, voice));
        return appended is null ? revised : $"{revised} {appended}";
    }

    public static string ForStructure(DraftText text, StructuralCheck check, DraftVoice voice)
    {
        var match = Topic.MayMatch(text.Key) ? Topic.Regex.Match(text.Folded) : Match.Empty;
        var topic = match.Success ? $"the {match.Groups["topic"].Value.Trim()}" : "this change";
        return VoiceRewriter.Apply(check.Suggestion, voice)
            .Replace("{topicLower}", topic, StringComparison.Ordinal)
            .Replace("{topic}", Capitalise(topic), StringComparison.Ordinal);
    }

    /// <summary>
    /// The words of a suggestion a writer can paste: the quoted line after advice ("Stabilise first: \"...\""), or
    /// the whole suggestion when it is already a line of the draft.
    /// </summary>
    public static string Pasteable(string suggestion)
    {
        var open = suggestion.IndexOf(": \"", StringComparison.Ordinal);
        if (open >= 0 && suggestion.EndsWith('"'))
        {
            return suggestion[(open + 3)..^1];
        }

        return suggestion;
    }

    /// <summary>
    /// How much of the matched words to keep ahead of a rewrite: everything up to the last clause joiner or delimiter
    /// inside the match, so a rewrite that starts mid-clause ("... made it worse and QA should have") replaces only
    /// its own clause and never swallows the end of the one before.
    /// </summary>
    internal static int KeptLead(ReadOnlySpan<char> matched)
    {
        var kept = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            if (ClauseBounds.IsDelimiter(matched, i) && (matched[i] != ',' || OpensClause(matched[(i + 1)..])))
            {
                kept = i + 1;
                continue;
            }

            if ((i == 0 || !char.IsLetter(matched[i - 1])) && char.IsLetter(matched[i]))
            {
                var end = i;
                while (end < matched.Length && char.IsLetter(matched[end]))
                {
                    end++;
                }

                if (end < matched.Length && char.IsWhiteSpace(matched[end]) && Joiners.Contains(matched[i..end].ToString().ToLowerInvariant()))
                {
                    kept = end + 1;
                }

                i = end - 1;
            }
        }

        while (kept < matched.Length && char.IsWhiteSpace(matched[kept]))
        {
            kept++;
        }

        return kept;
    }

    /// <summary>
    /// The clauses before the flagged one, as a sentence of their own without its trailing joiner ("..., so"), or null
    /// when the flagged clause opens the sentence or what comes before it is too short to stand alone.
    /// </summary>
    private static string? Lead(ReadOnlySpan<char> before)
    {
        var cut = -1;
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (ClauseBounds.IsDelimiter(before, i))
            {
                cut = i;
                break;
            }
        }

        if (cut < 0)
        {
            return null;
        }

        var lead = before[..cut].TrimEnd().TrimEnd(',').TrimEnd().ToString();
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length;
        while (count > 0 && Joiners.Contains(words[count - 1].ToLowerInvariant()))
        {
            count--;
        }

        return count < 4 ? null : Capitalise(string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':'));
    }

    /// <summary>Whether the words after a comma start a clause of their own ("..., the vendor missed") rather than go on a list ("a recent, small update").</summary>
    private static bool OpensClause(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var end = 0;
        while (end < after.Length && (char.IsLetter(after[end]) || after[end] == '\''))
        {
            end++;
        }

        return end > 0 && end < after.Length && ClauseOpeners.Contains(after[..end].ToString().ToLowerInvariant());
    }

    private static string? Fill(Match match, string template)
    {
        foreach (var name in TokenNames.GetOrAdd(template, static t => [.. GroupToken.Regex.Matches(t).Select(m => m.Groups["name"].Value)]))
        {
            var group = match.Groups[name];
            if (!group.Success || group.Length == 0)
            {
                return null;
            }
        }

        return match.Result(template);
    }

    private static string Capitalise(string line) =>
        line.Length > 0 && char.IsLower(line[0]) ? string.Concat(char.ToUpperInvariant(line[0]).ToString(), line.AsSpan(1)) : line;
}
