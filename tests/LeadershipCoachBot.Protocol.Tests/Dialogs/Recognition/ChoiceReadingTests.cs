using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs.Recognition;

public class ChoiceReadingTests
{
    private static readonly IList<Choice> Impact =
    [
        new("None", "no one", "nobody"),
        new("Some", "a few"),
        new("All", "everyone"),
    ];

    [Fact]
    public void Read_SynonymThatLooksLikeANumber_IsTheSynonymNotThePosition()
    {
        var found = ChoiceRecognizer.RecognizeText("no one", Impact);

        Assert.Equal("None", found?.Value);
        Assert.Equal("no one", found?.Synonym);
    }

    [Fact]
    public void Read_TwoChoicesNamed_SaysWhichOnes()
    {
        var reading = ChoiceRecognizer.Read("a few, maybe everyone", Impact);

        Assert.Null(reading.Found);
        Assert.Equal(ChoiceMiss.MoreThanOne, reading.Miss);
        Assert.Equal([1, 2], reading.Candidates.Order());
    }

    [Theory]
    [InlineData("4", ChoiceMiss.OutOfRange)]
    [InlineData("the fifth one", ChoiceMiss.OutOfRange)]
    [InlineData("third to last and more", ChoiceMiss.NoMatch)]
    [InlineData("about 3 teams noticed", ChoiceMiss.NoMatch)]
    [InlineData("the first and the second", ChoiceMiss.NoMatch)]
    [InlineData("", ChoiceMiss.Empty)]
    [InlineData("🙂", ChoiceMiss.NoMatch)]
    public void Read_NoPick_SaysWhy(string reply, ChoiceMiss miss)
    {
        var reading = ChoiceRecognizer.Read(reply, Impact);

        Assert.Null(reading.Found);
        Assert.Equal(miss, reading.Miss);
    }

    [Theory]
    [InlineData("third to last", "None")]
    [InlineData("second to last", "Some")]
    [InlineData("last but one", "Some")]
    [InlineData("the final one", "All")]
    [InlineData("I'd go with the 2nd", "Some")]
    public void Read_PlaceFromEitherEnd_PicksThatChoice(string reply, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.RecognizeText(reply, Impact)?.Value);

    [Fact]
    public void Read_LabelsThatDifferOnlyInSymbols_TypedExactly_PicksThatOne()
    {
        IList<Choice> symbols = [new("A < B"), new("A >= B"), new("A ??? B")];

        Assert.Equal(1, ChoiceRecognizer.RecognizeText("A >= B", symbols)?.Index);
        Assert.Equal(2, ChoiceRecognizer.RecognizeText("a ??? b", symbols)?.Index);
        Assert.Equal(ChoiceMiss.MoreThanOne, ChoiceRecognizer.Read("A B", symbols).Miss);
    }

    [Fact]
    public void Read_LabelWordsWithAFewWordsBetween_PicksIt_ButNotAcrossANegation()
    {
        IList<Choice> actions = [new("Roll back"), new("Keep going")];

        Assert.Equal("Roll back", ChoiceRecognizer.RecognizeText("roll the change back", actions)?.Value);
        Assert.Null(ChoiceRecognizer.RecognizeText("roll nothing back", actions));
        Assert.Null(ChoiceRecognizer.RecognizeText("roll it all the way back", actions));
    }
}
