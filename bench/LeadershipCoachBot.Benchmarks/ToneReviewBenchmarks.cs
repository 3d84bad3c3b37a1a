using BenchmarkDotNet.Attributes;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Benchmarks;

/// <summary>How long one tone review takes as drafts grow. Target: under 2 ms at 2,000 words, under 10 ms at 10,000.</summary>
[MemoryDiagnoser]
public class ToneReviewBenchmarks
{
    private string _draft = string.Empty;

    [Params(50, 500, 2_000, 10_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void BuildDraft() => _draft = BenchmarkDrafts.Build(Words);

    [Benchmark(Description = "Review, kind given")]
    public ToneReview ReviewWithKind() => ToneReviewer.Review(_draft, DraftKind.ExecUpdate);

    [Benchmark(Description = "Review, kind guessed")]
    public ToneReview ReviewGuessingKind() => ToneReviewer.Review(_draft);
}
