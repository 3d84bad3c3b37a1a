using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Suggestions are rewrites built from the draft, not generic advice.</summary>
public class SuggestionTests
{
    private static ToneFinding Finding(string draft, ToneCategory category, DraftKind kind = DraftKind.ExecUpdate) =>
        ToneReviewer.Review(draft, kind).Findings.First(f => f.Category == category);

    [Fact]
    public void Suggestion_ForBlame_TurnsTheSentenceIntoOwnership()
    {
        var finding = Finding("The platform team missed the connection limit on the new pool, and I signed it off.", ToneCategory.BlameShifting);

        Assert.Equal("We missed the connection limit on the new pool, and I signed it off. The call to go ahead was mine.", finding.Suggestion);
        Assert.Equal("The platform team missed the connection limit on the new pool", finding.Quote);
        Assert.Equal(FindingSeverity.High, finding.Severity);
    }

    [Fact]
    public void Suggestion_ForConditionalApology_NamesWhatItIsAbout()
    {
        var finding = Finding("I'm sorry if the pricing email seemed rushed.", ToneCategory.NonApology, DraftKind.Apology);

        Assert.Equal("I'm sorry for the pricing email.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForConditionalApologyInCompanyVoice_KeepsTheVoiceAndInventsNoHandling()
    {
        var finding = Finding("We're sorry if the changes to the rewards scheme seemed unfair to long-time members.", ToneCategory.NonApology, DraftKind.Apology);

        Assert.Equal("We're sorry for the changes to the rewards scheme.", finding.Suggestion);
        Assert.DoesNotContain("handled", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Honestly, I'm a fraud in this role, and the outage proves it.")]
    [InlineData("I'm going to resign once the cleanup is done.")]
    [InlineData("I'm so ashamed of how the launch went. I've failed every one of you.")]
    public void Suggestion_ForShameSpiral_IsASentenceToPasteWithNoBlankOrPromiseOfMore(string draft)
    {
        var finding = Finding(draft, ToneCategory.ShameSpiral, DraftKind.TeamMessage);
        var line = Tone.Engine.SuggestionWriter.Pasteable(finding.Suggestion);

        Assert.DoesNotContain("[", line, StringComparison.Ordinal);
        Assert.DoesNotContain("here is", line, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(".", line, StringComparison.Ordinal);
        Assert.True(char.IsUpper(line[0]));
    }

    [Fact]
    public void Suggestion_ForAVaguePeriod_AsksForTheDurationInsideTheSentence()
    {
        var finding = Finding("Members could not log in for a period on Tuesday.", ToneCategory.Hiding, DraftKind.IncidentUpdate);

        Assert.Equal("Members could not log in for [how long, start to finish] on Tuesday.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForAnImpersonalCause_NamesTheDecisionWithOneBlank()
    {
        var finding = Finding("Economic headwinds have left us no choice but to close the Lisbon office.", ToneCategory.Hiding, DraftKind.TeamMessage);

        Assert.Equal("We made this decision because [the reason, in plain words].", Tone.Engine.SuggestionWriter.Pasteable(finding.Suggestion));
    }

    [Fact]
    public void Suggestion_InADraftWithoutI_SpeaksAsWe()
    {
        var finding = Finding("The platform team missed the connection limit on the new pool.", ToneCategory.BlameShifting);

        Assert.Equal("We missed the connection limit on the new pool. The call to go ahead was ours.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForMinimiser_KeepsTheSentenceAndAsksForTheFacts()
    {
        var finding = Finding("There was a small glitch in the payroll export.", ToneCategory.Hiding);

        Assert.Equal("There was a [what failed, for whom, for how long] in the payroll export.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForAgentlessMistakes_PutsTheWriterBack()
    {
        var finding = Finding("Mistakes were made in the rollout plan I wrote.", ToneCategory.NonApology);

        Assert.Equal("I made mistakes in the rollout plan I wrote.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForMissingOwnership_NamesTheChangeTheDraftIsAbout()
    {
        var finding = Finding("The billing migration caused duplicate invoices for 400 customers, and I'm sorry.", ToneCategory.MissingOwnership);

        Assert.Equal("Add: \"The billing migration was my decision, and what it cost is mine to own.\"", finding.Suggestion);
        Assert.Null(finding.Quote);
    }

    [Fact]
    public void Finding_Quote_UsesTheOriginalCurlyApostrophes()
    {
        const string draft = "Honestly, I\u2019m useless at this.";

        var finding = Finding(draft, ToneCategory.ShameSpiral, DraftKind.TeamMessage);

        Assert.Equal("I\u2019m useless at this", finding.Quote);
        Assert.Equal(draft.IndexOf("I\u2019m", StringComparison.Ordinal), finding.Start);
        Assert.Equal(1, finding.Sentence);
    }
}
