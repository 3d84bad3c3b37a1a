using System.Net;
using System.Text.RegularExpressions;
using LeadershipCoachBot.Protocol.Teams;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// The plain text of a Teams message picked for a message action. Its body is usually HTML: tags
/// are removed (a mention keeps its name), entities decoded, and paragraph and line breaks kept.
/// </summary>
public static partial class MessageText
{
    /// <summary>The text of <paramref name="payload"/>'s body; empty when it has none.</summary>
    public static string From(MessageActionsPayload? payload)
    {
        var body = payload?.Body;
        if (body?.Content is not { Length: > 0 } content)
        {
            return string.Empty;
        }

        return string.Equals(body.ContentType, "text", StringComparison.OrdinalIgnoreCase)
            ? Tidy(content)
            : FromHtml(content);
    }

    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Invisible().Replace(html, string.Empty);
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = Tag().Replace(text, string.Empty);
        return Tidy(WebUtility.HtmlDecode(text));
    }

    /// <summary>Unix line ends, no-break spaces as spaces, no trailing spaces, at most one blank line in a row.</summary>
    private static string Tidy(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
        text = TrailingSpace().Replace(text, "\n");
        text = BlankLines().Replace(text, "\n\n");
        return text.Trim();
    }

    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<head\b[^>]*>.*?</head\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|h[1-6]|tr|blockquote|pre|ul|ol|table)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+\n", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
