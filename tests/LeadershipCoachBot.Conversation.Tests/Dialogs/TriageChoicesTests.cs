using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public class TriageChoicesTests
{
    /// <summary>Negations as leaders type them; "un" is glued to the word.</summary>
    private static readonly string[] Negations =
        ["not ", "isn't ", "isnt ", "hasn't ", "hasn't been ", "never ", "no longer ", "not yet ", "wasn't ", "it's not ", "un"];

    public static TheoryData<string, string, int> EveryPhraseOfEveryChoice()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (question, choices) in Questions())
        {
            for (var i = 0; i < choices.Count; i++)
            {
                foreach (var phrase in (IEnumerable<string>)[choices[i].Value, .. choices[i].Synonyms ?? []])
                {
                    data.Add(question, phrase, i);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPhraseOfEveryChoice))]
    public void TriageChoice_LabelOrSynonymAfterANegation_NeverPicksThatChoice(string question, string phrase, int index)
    {
        var choices = Choices(question);
        foreach (var negation in Negations)
        {
            var typed = negation + phrase;

            var found = ChoiceRecognizer.RecognizeText(typed, choices);

            Assert.False(found?.Index == index, $"\"{typed}\" picked {choices[index].Value} for: {question}");
            if (found is not null)
            {
                // The only other pick allowed is a choice that names a negated meaning of these words itself.
                var named = (IEnumerable<string>)[found.Value, .. choices[found.Index].Synonyms ?? []];
                var meaning = negation == "un" ? $"not {phrase}" : typed;
                Assert.True(named.Any(n => NamesNegationOf(n, meaning)), $"\"{typed}\" picked {found.Value} ({found.Synonym})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryPhraseOfEveryChoice))]
    public void TriageChoice_LabelOrSynonymTypedAlone_PicksItsOwnChoice(string question, string phrase, int index) =>
        Assert.Equal(index, ChoiceRecognizer.RecognizeText(phrase, Choices(question))?.Index);

    [Theory]
    [InlineData("just a handful", CustomerImpact.Some)]
    [InlineData("a couple of them", CustomerImpact.Some)]
    [InlineData("a small number", CustomerImpact.Some)]
    [InlineData("a few big accounts", CustomerImpact.Some)]
    [InlineData("some of our customers", CustomerImpact.Some)]
    [InlineData("not all of them", CustomerImpact.Some)]
    [InlineData("only internal users", CustomerImpact.None)]
    [InlineData("internal users only", CustomerImpact.None)]
    [InlineData("no one outside the company", CustomerImpact.None)]
    [InlineData("pretty much everyone", CustomerImpact.MostOrAll)]
    [InlineData("just one customer so far", CustomerImpact.Some)]
    [InlineData("the last one", CustomerImpact.MostOrAll)]
    [InlineData("2", CustomerImpact.Some)]
    public void Impact_LeadersWords_AreUnderstood(string typed, CustomerImpact expected) =>
        Assert.Equal(expected, TriageChoices.Impact.AnswerFor(Recognize(TriageChoices.Impact.ToPromptChoices(), typed)));

    [Theory]
    [InlineData("idk", Exposure.NotSure)]
    [InlineData("dunno", Exposure.NotSure)]
    [InlineData("too early to tell", Exposure.NotSure)]
    [InlineData("hard to say right now", Exposure.NotSure)]
    [InlineData("tbc", Exposure.NotSure)]
    [InlineData("still checking", Exposure.NotSure)]
    [InlineData("not confirmed yet", Exposure.NotSure)]
    [InlineData("unconfirmed", Exposure.NotSure)]
    [InlineData("it hasn't been confirmed", Exposure.NotSure)]
    [InlineData("probably not", Exposure.No)]
    [InlineData("I don't think so", Exposure.No)]
    [InlineData("not that we know of", Exposure.No)]
    [InlineData("nope, nothing", Exposure.No)]
    [InlineData("yes, confirmed", Exposure.Yes)]
    [InlineData("yep it has", Exposure.Yes)]
    public void Exposure_LeadersWords_AreUnderstood(string typed, Exposure expected)
    {
        Assert.Equal(expected, TriageChoices.DataLoss.AnswerFor(Recognize(TriageChoices.DataLoss.ToPromptChoices(), typed)));
        Assert.Equal(expected, TriageChoices.SecurityOrLegal.AnswerFor(Recognize(TriageChoices.SecurityOrLegal.ToPromptChoices(), typed)));
    }

    [Theory]
    [InlineData("mitigated", Spread.Contained)]
    [InlineData("fixed now", Spread.Contained)]
    [InlineData("resolved", Spread.Contained)]
    [InlineData("stable for now", Spread.Contained)]
    [InlineData("it's no longer spreading", Spread.Contained)]
    [InlineData("still going", Spread.Cascading)]
    [InlineData("ongoing", Spread.Cascading)]
    [InlineData("getting worse", Spread.Cascading)]
    [InlineData("not contained yet", Spread.Cascading)]
    [InlineData("it isn't contained", Spread.Cascading)]
    [InlineData("too early to tell", Spread.NotSure)]
    [InlineData("partially contained", Spread.NotSure)]
    [InlineData("it hasn't stopped", Spread.Cascading)]
    [InlineData("back to normal", Spread.Contained)]
    [InlineData("stopped spreading", Spread.Contained)]
    [InlineData("the last one", Spread.NotSure)]
    public void Spread_LeadersWords_AreUnderstood(string typed, Spread expected) =>
        Assert.Equal(expected, TriageChoices.Spread.AnswerFor(Recognize(TriageChoices.Spread.ToPromptChoices(), typed)));

    [Theory]
    [InlineData("not fixed")]
    [InlineData("unresolved")]
    [InlineData("not mitigated yet")]
    [InlineData("not sure it is stable")]
    [InlineData("mostly contained")]
    [InlineData("contained? no")]
    [InlineData("stable? not really")]
    public void Spread_NegatedOrPartialContainment_IsNeverContained(string typed) =>
        Assert.NotEqual("Contained", ChoiceRecognizer.RecognizeText(typed, TriageChoices.Spread.ToPromptChoices())?.Value);

    [Theory]
    [InlineData("all internal")]
    [InlineData("most likely some")]
    [InlineData("some or all")]
    public void Impact_TwoReadings_IsAskedAgain(string typed) =>
        Assert.Null(ChoiceRecognizer.RecognizeText(typed, TriageChoices.Impact.ToPromptChoices()));

    [Fact]
    public void AnswerFor_ChoiceOfAnotherQuestion_Throws() =>
        Assert.Throws<ArgumentException>(() => TriageChoices.Spread.AnswerFor(new FoundChoice { Value = "Some customers" }));

    private static FoundChoice Recognize(IList<Choice> choices, string typed) =>
        ChoiceRecognizer.RecognizeText(typed, choices) ?? throw new Xunit.Sdk.XunitException($"\"{typed}\" was not understood.");

    private static IEnumerable<(string Question, IList<Choice> Choices)> Questions() =>
    [
        (TriageChoices.Impact.Text, TriageChoices.Impact.ToPromptChoices()),
        (TriageChoices.DataLoss.Text, TriageChoices.DataLoss.ToPromptChoices()),
        (TriageChoices.SecurityOrLegal.Text, TriageChoices.SecurityOrLegal.ToPromptChoices()),
        (TriageChoices.Spread.Text, TriageChoices.Spread.ToPromptChoices()),
    ];

    private static IList<Choice> Choices(string question) => Questions().Single(q => q.Question == question).Choices;

    /// <summary>Whether <paramref name="named"/> is the typed text itself, or "not" and words all found in it.</summary>
    private static bool NamesNegationOf(string named, string typed)
    {
        var words = Utterance.Words(named);
        var typedWords = Utterance.Words(typed);
        return Utterance.Normalise(named) == Utterance.Normalise(typed)
            || (words.Length > 1 && words[0] == "not" && words.Skip(1).All(typedWords.Contains));
    }
}
