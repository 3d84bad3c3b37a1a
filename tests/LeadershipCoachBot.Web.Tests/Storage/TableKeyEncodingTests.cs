using LeadershipCoachBot.Web.Storage;

namespace LeadershipCoachBot.Web.Tests.Storage;

public sealed class TableKeyEncodingTests
{
    [Theory]
    [InlineData("msteams/conversations/a:1x", "msteams%2Fconversations%2Fa:1x")]
    [InlineData("a\\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\tnul\0del\u007Fc1\u009F", "tab%09nul%00del%7Fc1%9F")]
    [InlineData("19:x@thread.tacv2;messageid=1", "19:x@thread.tacv2;messageid=1")]
    public void Encode_ForbiddenAndEscapeCharacters_AreEscaped(string key, string expected)
    {
        Assert.Equal(expected, TableKeyEncoding.Encode(key));
    }

    [Fact]
    public void Encode_EveryCharacterBelowU00A0_LeavesNoForbiddenCharacterAndDecodesBack()
    {
        var key = new string([.. Enumerable.Range(0, 0xA0).Select(i => (char)i)]);

        var encoded = TableKeyEncoding.Encode(key);

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(key, TableKeyEncoding.Decode(encoded));
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a%2Fb", "a%252Fb")]
    [InlineData("a%", "a%25")]
    public void Encode_KeysThatLookAlikeAfterNaiveEscaping_StayDistinct(string first, string second)
    {
        Assert.NotEqual(TableKeyEncoding.Encode(first), TableKeyEncoding.Encode(second));
    }

    [Fact]
    public void Encode_LongKey_FitsTheKeyLimitKeepsAReadablePrefixAndIsHashed()
    {
        var key = "msteams/conversations/" + new string('z', 2048);

        var encoded = TableKeyEncoding.Encode(key);

        Assert.True(encoded.Length <= TableKeyEncoding.MaxKeyChars);
        Assert.StartsWith("msteams%2Fconversations%2Fzzz", encoded, StringComparison.Ordinal);
        Assert.True(TableKeyEncoding.IsHashed(encoded));
        Assert.NotEqual(encoded, TableKeyEncoding.Encode(key + "!"));
    }

    [Fact]
    public void Encode_LongKeyWithEscapeAtThePrefixEnd_DoesNotSplitTheEscape()
    {
        var key = new string('a', 199) + "/" + new string('b', 600);

        var encoded = TableKeyEncoding.Encode(key);

        Assert.StartsWith(new string('a', 199) + "%~", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_KeyAtTheLimit_IsNotHashed()
    {
        var key = new string('k', TableKeyEncoding.MaxKeyChars);

        Assert.Equal(key, TableKeyEncoding.Encode(key));
    }
}
