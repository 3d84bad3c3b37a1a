using System.Globalization;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Escapes and character classes: the parts of a pattern that stand for one character.</summary>
internal sealed partial class PatternLiterals
{
    private LiteralSet ReadEscape()
    {
        var c = Take();
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return LiteralSet.Empty;
            case 's' or 'S' or 'w' or 'W' or 'd' or 'D':
                return LiteralSet.Unknown;
            case 'p' or 'P':
                SkipCategoryName();
                return LiteralSet.Unknown;
            default:
                return Single(EscapedChar(c));
        }
    }

    private LiteralSet ReadClass()
    {
        if (!AtEnd && Next == '^')
        {
            SkipClass();
            return LiteralSet.Unknown;
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        var known = true;
        var first = true;
        while (first || Peek() != ']')
        {
            first = false;
            var c = Take();
            if (c == '\\')
            {
                var e = Take();
                if (e is 's' or 'S' or 'w' or 'W' or 'd' or 'D' or 'p' or 'P')
                {
                    if (e is 'p' or 'P')
                    {
                        SkipCategoryName();
                    }

                    known = false;
                    continue;
                }

                c = e == 'b' ? '\b' : EscapedChar(e);
            }

            var last = c;
            if (!AtEnd && Next == '-' && _pos + 1 < _pattern.Length && _pattern[_pos + 1] != ']')
            {
                _pos++;
                last = Take();
                if (last is '\\' or '[')
                {
                    throw new NotSupportedException("Escaped range ends and class subtraction are not read.");
                }
            }

            if (last - c >= LargestClass)
            {
                known = false;
                continue;
            }

            for (int m = c; m <= last; m++)
            {
                if (Keyed((char)m) is { } key)
                {
                    members.Add(key.ToString());
                }
                else
                {
                    known = false;
                }
            }
        }

        _pos++;
        return known && members.Count <= LargestClass ? LiteralSet.OfExact(members) : LiteralSet.Unknown;
    }

    private void SkipClass()
    {
        var depth = 0;
        while (true)
        {
            var c = Take();
            if (c == '\\')
            {
                Take();
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth-- == 0)
            {
                return;
            }
        }
    }

    private void SkipCategoryName()
    {
        Expect('{');
        var close = _pattern.IndexOf('}', _pos);
        _pos = close >= 0 ? close + 1 : throw new NotSupportedException("Unclosed category.");
    }

    private char EscapedChar(char c) => c switch
    {
        't' => '\t',
        'n' => '\n',
        'r' => '\r',
        'f' => '\f',
        'v' => '\v',
        'e' => '\u001B',
        'a' => '\u0007',
        'u' => Hex(4),
        'x' => Hex(2),
        _ when char.IsAsciiLetterOrDigit(c) => throw new NotSupportedException($"Escape \\{c} is not read."),
        _ => c,
    };

    private char Hex(int digits)
    {
        if (_pos + digits > _pattern.Length
            || !int.TryParse(_pattern.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new NotSupportedException("Bad hex escape.");
        }

        _pos += digits;
        return (char)code;
    }
}
