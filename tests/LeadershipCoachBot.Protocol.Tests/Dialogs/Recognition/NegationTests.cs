using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs.Recognition;

public class NegationTests
{
    private static readonly IList<Choice> Spread =
    [
        new("Contained", "stable", "fixed"),
        new("Cascading", "spreading", "not contained"),
        new("Not sure", "unsure", "no idea"),
    ];

    [Theory]
    [InlineData("not contained yet", "Cascading")]
    [InlineData("it isn't contained", "Cascading")]
    [InlineData("it hasn't been contained", "Cascading")]
    [InlineData("isnt contained", "Cascading")]
    [InlineData("never contained", "Cascading")]
    [InlineData("no longer contained", "Cascading")]
    [InlineData("uncontained", "Cascading")]
    [InlineData("un-contained", "Cascading")]
    [InlineData("not sure it is contained", "Not sure")]
    [InlineData("no idea if it's stable", "Not sure")]
    [InlineData("stable, not spreading", "Contained")]
    [InlineData("fixed. It's not spreading any more", "Contained")]
    public void ChoiceRecognizer_NegatedWords_ReadAsTheNegatedMeaningTheChoicesName(string reply, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.RecognizeText(reply, Spread)?.Value);

    [Theory]
    [InlineData("not stable", "not", "stable")]
    [InlineData("it is not fixed yet", "not", "fixed")]
    [InlineData("unstable", "un", "stable")]
    [InlineData("it has not been fixed", "not", "fixed")]
    [InlineData("not not contained", "not", "contained")]
    [InlineData("never spreading", "never", "spreading")]
    public void ChoiceRecognizer_NegatedWordWithNoNegatedChoice_IsNoMatch(string reply, string negation, string phrase)
    {
        var reading = ChoiceRecognizer.Read(reply, Spread);

        Assert.Null(reading.Found);
        Assert.Equal(ChoiceMiss.Negated, reading.Miss);
        Assert.Equal(negation, reading.Negated?.Negation);
        Assert.Equal(phrase, reading.Negated?.Phrase, ignoreCase: true);
    }

    [Theory]
    [InlineData("fixed not")]
    [InlineData("stable? not really")]
    public void ChoiceRecognizer_NotRightAfterAWord_NeverPicksThatWordsChoice(string reply) =>
        Assert.NotEqual("Contained", ChoiceRecognizer.RecognizeText(reply, Spread)?.Value);

    [Theory]
    [InlineData("not the first one")]
    [InlineData("not 2")]
    [InlineData("never the last")]
    public void ChoiceRecognizer_NegatedPosition_IsNoMatch(string reply) =>
        Assert.Null(ChoiceRecognizer.RecognizeText(reply, Spread));

    [Theory]
    [InlineData("isn't ok", false)]
    [InlineData("that's not okay", false)]
    [InlineData("definitely not", false)]
    [InlineData("of course not", false)]
    [InlineData("not true", false)]
    [InlineData("never agree", false)]
    [InlineData("that's not right", false)]
    [InlineData("nah, not yet", false)]
    [InlineData("nope, not now", false)]
    [InlineData("yeah, no", false)]
    [InlineData("no problem, go ahead", true)]
    [InlineData("yes, no worries", true)]
    public void ConfirmRecognizer_NegatedYes_IsNo(string reply, bool expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(reply));

    [Theory]
    [InlineData("not yes")]
    [InlineData("I'm not sure")]
    [InlineData("unsure")]
    [InlineData("not sure yet")]
    public void ConfirmRecognizer_NegatedYesWithNoNegatedMeaning_IsNeither(string reply) =>
        Assert.Null(ConfirmRecognizer.Recognize(reply));
}
