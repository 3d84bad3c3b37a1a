using System.Buffers.Text;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// Replaces lone UTF-16 surrogates in a JSON document by U+FFFD. Raw UTF-8 cannot carry one (the
/// JSON reader refuses it), but a <c>\uD800</c> escape can, and a string holding half a surrogate
/// pair cannot be written again as JSON or UTF-8: a card submit carrying one would fail its turn.
/// Only <c>\u</c> escapes are looked at, so the document is otherwise returned byte for byte.
/// </summary>
internal static class LoneSurrogates
{
    private static readonly byte[] Replacement = "\\uFFFD"u8.ToArray();

    /// <summary>The document with every unpaired surrogate escape replaced, or the same array when it has none.</summary>
    public static byte[] Replace(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.AsSpan().IndexOf("\\u"u8) < 0)
        {
            return json;
        }

        List<int>? lone = null;
        for (var i = 0; i < json.Length - 1; i++)
        {
            if (json[i] != (byte)'\\')
            {
                continue;
            }

            if (json[i + 1] != (byte)'u' || !TryReadUnit(json, i, out var unit))
            {
                i++;
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryReadUnit(json, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 11;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                (lone ??= []).Add(i);
            }

            i += 5;
        }

        return lone is null ? json : Rewrite(json, lone);
    }

    private static bool TryReadUnit(byte[] json, int escapeStart, out char unit)
    {
        unit = default;
        if (escapeStart + 6 > json.Length || json[escapeStart] != (byte)'\\' || json[escapeStart + 1] != (byte)'u')
        {
            return false;
        }

        if (!Utf8Parser.TryParse(json.AsSpan(escapeStart + 2, 4), out ushort value, out var consumed, 'X') || consumed != 4)
        {
            return false;
        }

        unit = (char)value;
        return true;
    }

    private static byte[] Rewrite(byte[] json, List<int> lone)
    {
        using var output = new MemoryStream(json.Length);
        var copied = 0;
        foreach (var start in lone)
        {
            output.Write(json, copied, start - copied);
            output.Write(Replacement);
            copied = start + 6;
        }

        output.Write(json, copied, json.Length - copied);
        return output.ToArray();
    }
}
