using System.Reflection;

namespace LeadershipCoachBot.Cli.Tests;

/// <summary><c>coach</c> stands on the coaching domain alone: no bot conversation layer, web host or identity library.</summary>
public sealed class AssemblyBoundaryTests
{
    [Fact]
    public void Coach_References_OnlyTheCoachingDomainOfOurAssemblies()
    {
        var coach = typeof(CoachCommandLine).Assembly;

        var ours = coach.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("LeadershipCoachBot.", StringComparison.Ordinal));

        Assert.Equal(["LeadershipCoachBot.Coaching"], ours);
    }

    [Fact]
    public void Coach_Output_CarriesNoConversationWebOrIdentityAssembly()
    {
        var folder = Path.GetDirectoryName(typeof(CoachCommandLine).Assembly.Location)!;
        var deps = File.ReadAllText(Path.Combine(folder, "coach.deps.json"));

        Assert.DoesNotContain("LeadershipCoachBot.Conversation", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("LeadershipCoachBot.Protocol", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Identity", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore", deps, StringComparison.Ordinal);
    }
}
