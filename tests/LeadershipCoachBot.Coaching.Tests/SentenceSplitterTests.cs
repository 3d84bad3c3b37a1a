using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Split_Bullets_GivesOneSentencePerItemWithoutTheMarker()
    {
        var sentences = Split("Status:\n- Impact: 12% of logins failed\n* Owner: me\n\u2022 Next update 15:00");

        Assert.Equal(["Status:", "Impact: 12% of logins failed", "Owner: me", "Next update 15:00"], sentences);
    }

    [Fact]
    public void Split_NumberedListAndHeadings_DropsMarkers()
    {
        var sentences = Split("## Actions\n1. Roll back the flag\n2) Call the bank\na) Tell support");

        Assert.Equal(["Actions", "Roll back the flag", "Call the bank", "Tell support"], sentences);
    }

    [Fact]
    public void Split_LineBreakWithoutPunctuation_EndsTheSentence()
    {
        Assert.Equal(["Impact", "Payments failed for an hour"], Split("Impact\nPayments failed for an hour"));
    }

    [Fact]
    public void Split_WrappedLowercaseLine_ContinuesTheSentence()
    {
        Assert.Single(Split("The rollout reached every store before\nthe checks had finished."));
    }

    [Theory]
    [InlineData("We checked the big regions, e.g. the U.S. and the EU, before launch.")]
    [InlineData("Dr. Osei and Ms. Patel reviewed it, i.e. both leads.")]
    [InlineData("It took approx. 40 minutes.")]
    [InlineData("We moved from v2.3 to v2.4 at 14:30 and lost 0.5% of traffic.")]
    [InlineData("The runbook is at https://example.org/runbooks/db.failover.md for anyone on call.")]
    [InlineData("Fig. 2 shows the spike.")]
    public void Split_AbbreviationsDecimalsTimesAndUrls_DoNotEndASentence(string text) =>
        Assert.Single(Split(text));

    [Fact]
    public void Split_QuotedSpeech_EndsAfterTheClosingQuote()
    {
        var sentences = Split("She said \"Roll it back.\" Then we did. \u201cWhy?\u201d he asked.");

        Assert.Equal(["She said \"Roll it back.\"", "Then we did.", "\u201cWhy?\u201d he asked."], sentences);
    }

    [Fact]
    public void Split_Emoji_StaysInsideItsSentence()
    {
        var sentences = Split("\U0001F6D1 Team, stop deploying. \U0001F64F Thanks for the quick help!");

        Assert.Equal(["\U0001F6D1 Team, stop deploying.", "\U0001F64F Thanks for the quick help!"], sentences);
    }

    [Fact]
    public void Split_SentenceNumbers_AreOneBasedAndConsecutive()
    {
        var sentences = SentenceSplitter.Split("One. Two!\n\nThree? Four");

        Assert.Equal([1, 2, 3, 4], sentences.Select(s => s.Number));
    }

    [Fact]
    public void Split_PunctuationOnly_GivesNoSentences()
    {
        Assert.Empty(Split("... !!! ??? --- \n\n ***"));
    }
}
