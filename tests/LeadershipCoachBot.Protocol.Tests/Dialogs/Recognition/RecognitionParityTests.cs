using System.Globalization;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using Xunit.Abstractions;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs.Recognition;

public class RecognitionParityTests(ITestOutputHelper output)
{
    public static TheoryData<ParityCase> Cases() => [.. ParityCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizers_ParityCase_GiveOurExpectedAnswer(ParityCase @case) =>
        Assert.Equal(@case.Ours, Recognize(@case));

    [Fact]
    public void ParityTable_HasAtLeastFifteenCasesInEveryGroup()
    {
        Assert.True(ParityCases.All.Count >= 100, $"{ParityCases.All.Count} cases");
        Assert.All(ParityCases.All.GroupBy(c => c.Group), g => Assert.True(g.Count() >= 13, $"{g.Key}: {g.Count()} cases"));
    }

    /// <summary>Measures agreement with the SDK's results by running the recognizers; every disagreement must be a deliberate one.</summary>
    [Fact]
    public void Recognizers_AgainstSdkResults_DisagreeOnlyWhereDeliberate()
    {
        output.WriteLine("group      cases  agree  agreement  deliberate");
        foreach (var group in ParityCases.All.GroupBy(c => c.Group))
        {
            var agree = group.Count(c => Recognize(c) == c.Sdk);
            var deliberate = group.Count(c => c.Why is not null);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-10} {group.Count(),5}  {agree,5}  {100.0 * agree / group.Count(),8:F1} %  {deliberate,10}"));
        }

        var total = ParityCases.All.Count(c => Recognize(c) == c.Sdk);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-10} {ParityCases.All.Count,5}  {total,5}  {100.0 * total / ParityCases.All.Count,8:F1} %"));
        var unexplained = ParityCases.All.Where(c => Recognize(c) != c.Sdk && c.Why is null).ToList();
        Assert.True(unexplained.Count == 0, string.Join("; ", unexplained));
    }

    private static string? Recognize(ParityCase @case)
    {
        if (@case.Set == ParityChoiceSets.Confirm)
        {
            return ConfirmRecognizer.Recognize(@case.Reply) switch
            {
                true => "yes",
                false => "no",
                null => null,
            };
        }

        return ChoiceRecognizer.RecognizeText(@case.Reply, ParityChoiceSets.Get(@case.Set))?.Value;
    }
}
