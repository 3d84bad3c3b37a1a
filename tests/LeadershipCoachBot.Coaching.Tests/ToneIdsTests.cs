using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Every kind, category and apology component has its own id and label, and ids read back.</summary>
public class ToneIdsTests
{
    [Fact]
    public void Ids_EveryCategoryAndKind_AreDistinctAndParseBack()
    {
        var categories = Enum.GetValues<ToneCategory>();
        var kinds = Enum.GetValues<DraftKind>();

        Assert.Equal(categories.Length, ToneIds.AllCategoryIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(kinds.Length, ToneIds.AllKindIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(categories, c => Assert.True(ToneIds.TryParseCategory(c.Id(), out var parsed) && parsed == c));
        Assert.All(kinds, k => Assert.True(ToneIds.TryParseKind(k.Id(), out var parsed) && parsed == k));
        Assert.False(ToneIds.TryParseCategory("Hiding", out _));
        Assert.False(ToneIds.TryParseKind(null, out _));
    }

    [Fact]
    public void Names_EveryApologyComponent_HasADistinctIdAndLabel()
    {
        var components = Enum.GetValues<ApologyComponent>();

        Assert.Equal(components.Length, components.Select(c => c.Id()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(components.Length, components.Select(ToneReviewLabels.ApologyPart).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("offer-of-repair", ApologyComponent.OfferOfRepair.Id());
    }

    [Fact]
    public void Labels_EveryCategoryAndKind_AreDistinct()
    {
        Assert.Equal(13, Enum.GetValues<ToneCategory>().Select(ToneReviewLabels.Category).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(4, Enum.GetValues<DraftKind>().Select(ToneReviewLabels.Kind).Distinct(StringComparer.Ordinal).Count());
    }
}
