using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using Xunit.Abstractions;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

/// <summary>
/// Thirty answers typed as a stressed leader would, each with the button it means (null: no button
/// fits, so asking again is right). Counts how many are understood, asked again and misread.
/// </summary>
public class TriageLeaderAnswersTests(ITestOutputHelper output)
{
    private static readonly (string Question, string Typed, string? Means)[] Answers =
    [
        ("impact", "just a handful", "Some customers"),
        ("impact", "only internal users", "None"),
        ("impact", "a couple", "Some customers"),
        ("impact", "basically everyone", "Most or all customers"),
        ("impact", "not all of them", "Some customers"),
        ("impact", "the last one", "Most or all customers"),
        ("impact", "some in the EU", "Some customers"),
        ("impact", "no idea yet", null),
        ("data", "idk", "Not sure"),
        ("data", "dunno", "Not sure"),
        ("data", "probably not", "No"),
        ("data", "not that we know of", "No"),
        ("data", "I don't think so", "No"),
        ("data", "not confirmed yet", "Not sure"),
        ("data", "yes, some rows", "Yes"),
        ("data", "it has not", "No"),
        ("security", "too early to tell", "Not sure"),
        ("security", "tbc", "Not sure"),
        ("security", "still checking", "Not sure"),
        ("security", "nope", "No"),
        ("security", "unconfirmed", "Not sure"),
        ("security", "legal is looking at it", null),
        ("spread", "mitigated", "Contained"),
        ("spread", "still going", "Cascading"),
        ("spread", "not contained yet", "Cascading"),
        ("spread", "stable for now", "Contained"),
        ("spread", "getting worse", "Cascading"),
        ("spread", "resolved", "Contained"),
        ("spread", "not fixed", null),
        ("spread", "ongoing", "Cascading"),
    ];

    [Fact]
    public void LeaderAnswers_Typed_AreNeverMisread()
    {
        var understood = 0;
        var askedAgain = 0;
        var misread = new List<string>();
        foreach (var (question, typed, means) in Answers)
        {
            var found = ChoiceRecognizer.RecognizeText(typed, Choices(question))?.Value;
            if (found is null)
            {
                askedAgain++;
            }
            else if (found == means)
            {
                understood++;
            }
            else
            {
                misread.Add($"\"{typed}\" read as {found}");
            }
        }

        output.WriteLine($"{Answers.Length} answers: {understood} understood, {askedAgain} asked again, {misread.Count} misread");
        Assert.Empty(misread);
        Assert.Equal(Answers.Count(a => a.Means is not null), understood);
    }

    private static IList<Choice> Choices(string question) => question switch
    {
        "impact" => TriageChoices.Impact.ToPromptChoices(),
        "data" => TriageChoices.DataLoss.ToPromptChoices(),
        "security" => TriageChoices.SecurityOrLegal.ToPromptChoices(),
        "spread" => TriageChoices.Spread.ToPromptChoices(),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "No such triage question."),
    };
}
