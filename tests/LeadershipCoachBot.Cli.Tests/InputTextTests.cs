using System.Text;
using LeadershipCoachBot.Cli.Input;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class InputTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("-")]
    public async Task ReadAsync_StandardInputWithByteOrderMark_DropsTheMark(string? path)
    {
        var terminal = new CoachTerminal(() => new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Réunion — 09:00")]));

        var text = await InputText.ReadAsync(path, terminal, CancellationToken.None);

        Assert.Equal("Réunion — 09:00", text);
    }

    [Fact]
    public void Split_BlankLines_AreSkippedButCounted()
    {
        var lines = JsonLine.Split("{\"a\":1}\r\n\r\n  \n{\"b\":2}\n");

        Assert.Equal([(1, "{\"a\":1}"), (4, "{\"b\":2}")], lines.Select(l => (l.Number, l.Text)));
    }
}
