using System.Text;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Hostile input never throws and never breaks the offsets. Linearity comes from the non-backtracking regexes.</summary>
public class RobustnessTests
{
    private static readonly string[] Words =
    [
        "we", "rolled", "back", "every", "service", "tonight", "I'm", "useless", "sorry", "if", "the", "vendor's", "team",
        "missed", "it", "never", "again", "some", "users", "may", "have", "seen", "a", "small", "glitch", "my", "call",
        "\u2019", "e.g.", "v2.3", "14:30", "https://x.io/a.b", "\U0001F525", "—", "(", ")", ",", ";", ":",
    ];

    public static TheoryData<string> HostileDrafts()
    {
        var random = new Random(20240611);
        return
        [
            RandomUnicode(random, 1_000_000),
            RandomControls(random, 100_000),
            SingleLine(random, 100_000),
            new string('!', 50_000) + string.Concat(Enumerable.Repeat(".?\u2026;,", 10_000)),
            string.Concat(Enumerable.Repeat("I'm sorry if. ", 8_000)),
            string.Empty,
        ];
    }

    [Theory]
    [MemberData(nameof(HostileDrafts))]
    public void Review_HostileInput_ReturnsConsistentFindings(string draft)
    {
        foreach (DraftKind kind in Enum.GetValues<DraftKind>())
        {
            var review = ToneReviewer.Review(draft, kind);
            Review.AssertSpansConsistent(draft, review);
        }
    }

    [Fact]
    public void Review_SameDraftTwice_GivesTheSameReview()
    {
        var draft = SingleLine(new Random(7), 5_000);

        var first = ToneReviewer.Review(draft);
        var second = ToneReviewer.Review(draft);

        Assert.Equal(first.Kind, second.Kind);
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.ApologyComponents, second.ApologyComponents);
    }

    [Fact]
    public void Review_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ToneReviewer.Review(null!));

    private static string RandomUnicode(Random random, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            var roll = random.Next(10);
            if (roll < 4)
            {
                builder.Append(Words[random.Next(Words.Length)]).Append(' ');
            }
            else if (roll < 6)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
            }
            else
            {
                builder.Append((char)random.Next(0, 0xFFFF));
            }
        }

        return builder.ToString(0, length);
    }

    private static string RandomControls(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) == 0 ? "sorry if I missed"[random.Next(17)] : (char)random.Next(0, 32);
        }

        return new string(chars);
    }

    private static string SingleLine(Random random, int length)
    {
        var builder = new StringBuilder(length + 40);
        while (builder.Length < length)
        {
            builder.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        return builder.ToString(0, length);
    }
}
