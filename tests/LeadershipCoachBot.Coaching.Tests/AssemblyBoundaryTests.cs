using LeadershipCoachBot.Coaching.Tone;

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

    [Fact]
    public void CoachingTypes_NoPublicTypeSharesItsNamespacesName()
    {
        var clashes = typeof(ToneReviewer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns[(ns.LastIndexOf('.') + 1)..] == t.Name)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(clashes);
    }
}
