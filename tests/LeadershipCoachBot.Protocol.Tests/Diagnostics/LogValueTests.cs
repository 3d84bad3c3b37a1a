using LeadershipCoachBot.Protocol.Diagnostics;

namespace LeadershipCoachBot.Protocol.Tests.Diagnostics;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("1764404800111", "1764404800111")]
    [InlineData("id\r\n[Error] forged line", "id??[Error] forged line")]
    [InlineData("tab\there\u2028sep\u200bzw", "tab?here?sep?zw")]
    [InlineData("", "-")]
    [InlineData(null, "-")]
    public void Clean_ControlAndFormatCharacters_BecomeQuestionMarks(string? value, string expected) =>
        Assert.Equal(expected, LogValue.Clean(value));

    [Fact]
    public void Clean_LongValue_IsCut()
    {
        var cleaned = LogValue.Clean(new string('a', 10_000));

        Assert.Equal(65, cleaned.Length);
        Assert.EndsWith("…", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_IsShortStableAndHidesTheValue()
    {
        var hash = LogValue.Hash("a:1pL6i2Fx2mEBt0fPq4Z9yXp3k8Lm5nQ7rS1tU4vW6xY0zA2bC5dE8fG1hJ4kL7mN0pQ3rS6tU9vW");

        Assert.Equal(12, hash.Length);
        Assert.Equal(hash, LogValue.Hash("a:1pL6i2Fx2mEBt0fPq4Z9yXp3k8Lm5nQ7rS1tU4vW6xY0zA2bC5dE8fG1hJ4kL7mN0pQ3rS6tU9vW"));
        Assert.NotEqual(hash, LogValue.Hash("a:other"));
        Assert.Equal(12, LogValue.Hash("\ud800" + new string('x', 40_000)).Length);
    }
}
