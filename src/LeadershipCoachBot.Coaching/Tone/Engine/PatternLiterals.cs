using System.Buffers;
using System.Globalization;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Reads a rule's regex and works out literal text (as case keys) that every match must contain, so text
/// without any of it can skip the regex. Knows the subset of syntax a non-backtracking regex allows; on anything
/// else, or when a match needs no fixed text, it answers null and the regex always runs.
/// </summary>
internal sealed partial class PatternLiterals
{
    private const int LargestClass = 10;

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private readonly string _pattern;
    private int _pos;

    private PatternLiterals(string pattern) => _pattern = pattern;

    /// <summary>Needles one of which occurs (by case key) in every match of <paramref name="pattern"/>, or null.</summary>
    public static IReadOnlyCollection<string>? Required(string pattern)
    {
        var reader = new PatternLiterals(pattern);
        try
        {
            var literals = reader.ReadAlternation();
            return reader._pos == pattern.Length ? literals.Needles() : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private bool AtEnd => _pos >= _pattern.Length;

    private char Next => _pattern[_pos];

    private LiteralSet ReadAlternation()
    {
        var branches = new List<LiteralSet> { ReadSequence() };
        while (!AtEnd && Next == '|')
        {
            _pos++;
            branches.Add(ReadSequence());
        }

        return branches.Count == 1 ? branches[0] : LiteralSet.Alternation(branches);
    }

    private LiteralSet ReadSequence()
    {
        var parts = new List<LiteralSet>();
        while (!AtEnd && Next is not ('|' or ')'))
        {
            var atom = ReadAtom();
            parts.Add(TryReadQuantifier(out var min, out var max) ? LiteralSet.Repeat(atom, min, max) : atom);
        }

        return LiteralSet.Sequence(parts);
    }

    private LiteralSet ReadAtom()
    {
        var c = _pattern[_pos++];
        switch (c)
        {
            case '(':
                SkipGroupOpening();
                var inner = ReadAlternation();
                Expect(')');
                return inner;
            case '[':
                return ReadClass();
            case '\\':
                return ReadEscape();
            case '.':
                return LiteralSet.Unknown;
            case '^' or '$':
                return LiteralSet.Empty;
            case '*' or '+' or '?' or ')':
                throw new NotSupportedException($"Unexpected '{c}'.");
            default:
                return Single(c);
        }
    }

    private void SkipGroupOpening()
    {
        if (AtEnd || Next != '?')
        {
            return;
        }

        _pos++;
        if (!AtEnd && Next == ':')
        {
            _pos++;
            return;
        }

        if (!AtEnd && Next is '<' or '\'' && _pos + 1 < _pattern.Length && (char.IsAsciiLetter(_pattern[_pos + 1]) || _pattern[_pos + 1] == '_'))
        {
            var close = Next == '<' ? '>' : '\'';
            var end = _pattern.IndexOf(close, _pos + 1);
            if (end > 0 && _pattern.AsSpan(_pos + 1, end - _pos - 1).ContainsAnyExcept(NameChars))
            {
                throw new NotSupportedException("Unknown group name.");
            }

            _pos = end > 0 ? end + 1 : throw new NotSupportedException("Unclosed group name.");
            return;
        }

        throw new NotSupportedException("Lookarounds, options and other group kinds are not read.");
    }

    private bool TryReadQuantifier(out int min, out int max)
    {
        (min, max) = (1, 1);
        if (AtEnd)
        {
            return false;
        }

        switch (Next)
        {
            case '?':
                (min, max) = (0, 1);
                break;
            case '*':
                (min, max) = (0, int.MaxValue);
                break;
            case '+':
                (min, max) = (1, int.MaxValue);
                break;
            case '{' when TryReadCount(out min, out max):
                break;
            default:
                return false;
        }

        _pos++;
        if (!AtEnd && Next == '?')
        {
            _pos++;
        }

        return true;
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>, leaving the position on the closing brace.</summary>
    private bool TryReadCount(out int min, out int max)
    {
        (min, max) = (1, 1);
        var close = _pattern.IndexOf('}', _pos);
        if (close < 0)
        {
            return false;
        }

        var body = _pattern.AsSpan(_pos + 1, close - _pos - 1);
        var comma = body.IndexOf(',');
        var low = comma < 0 ? body : body[..comma];
        var high = comma < 0 ? body : body[(comma + 1)..];
        if (!int.TryParse(low, NumberStyles.None, CultureInfo.InvariantCulture, out min))
        {
            return false;
        }

        if (high.IsEmpty)
        {
            max = int.MaxValue;
        }
        else if (!int.TryParse(high, NumberStyles.None, CultureInfo.InvariantCulture, out max))
        {
            return false;
        }

        _pos = close;
        return true;
    }

    private char Peek() => !AtEnd ? Next : throw new NotSupportedException("Pattern ends early.");

    private char Take() => !AtEnd ? _pattern[_pos++] : throw new NotSupportedException("Pattern ends early.");

    private void Expect(char c)
    {
        if (Take() != c)
        {
            throw new NotSupportedException($"Expected '{c}'.");
        }
    }

    private static LiteralSet Single(char c) => Keyed(c) is { } key ? LiteralSet.OfExact([key.ToString()]) : LiteralSet.Unknown;

    /// <summary>The case key of a pattern character, or null for letters outside ASCII (whose case matching is wider).</summary>
    private static char? Keyed(char c) => c > 127 && (char.IsLetter(c) || char.IsSurrogate(c)) ? null : CaseKey.Of(c);
}
