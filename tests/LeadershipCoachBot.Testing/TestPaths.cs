namespace LeadershipCoachBot.Testing;

/// <summary>Where the repository and the shared coaching material are, from a test's point of view.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding the solution file.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The <c>shared/</c> folder that sits beside the repository root.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadershipCoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LeadershipCoachBot.sln above {AppContext.BaseDirectory}.");
    }
}
