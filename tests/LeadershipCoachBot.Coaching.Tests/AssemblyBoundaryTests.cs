using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Coaching.Tests;

public class AssemblyBoundaryTests
{
    [Fact]
    public void CoachingAssembly_References_OnlyTheBaseClassLibrary()
    {
        var references = typeof(ToneReviewer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Coaching references {name}, which is outside the BCL."));
    }
}
