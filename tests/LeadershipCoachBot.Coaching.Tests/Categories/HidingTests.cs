using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class HidingTests
{
    [Theory]
    [InlineData("A handful of merchants may have seen delayed payouts yesterday.")]
    [InlineData("Customers experienced some intermittent slowness on Tuesday afternoon.")]
    [InlineData("It was a minor blip in the reporting pipeline.")]
    [InlineData("Issues were encountered during the database upgrade.")]
    [InlineData("The quarter's numbers look worse than they are.")]
    [InlineData("Honestly, this was mostly bad timing.")]
    [InlineData("We had a service quality event on Friday.")]
    [InlineData("A resolution has been applied and we continue to watch it.")]
    [InlineData("Some viewers were temporarily unable to stream.")]
    [InlineData("There was a short period where the nightly jobs didn\u2019t run as expected, nothing major.")]
    public void Review_BlurredOrShrunkenFacts_AreFlagged(string sentence) =>
        Assert.Contains(ToneCategory.Hiding, Review.Categories(sentence, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData("From 09:10 to 12:40, 62% of card payments failed for customers in Ireland.")]
    [InlineData("The export job was rolled back at 14:05 after it deleted 1,200 files.")]
    [InlineData("Some families have called the school office about it.")]
    [InlineData("We don't know yet how many users were affected.")]
    [InlineData("A small team is rebuilding the index tonight.")]
    [InlineData("Some 4,000 shoppers saw the wrong prices for two hours.")]
    [InlineData("No customer data was exposed; the bucket was never public.")]
    public void Review_PreciseStatements_AreNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.Hiding, Review.Categories(sentence, DraftKind.IncidentUpdate));
}
