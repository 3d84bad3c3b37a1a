namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Finds the shared coaching material beside the repository: the folder holding the solution, then <c>../shared</c>.</summary>
internal static class SharedFiles
{
    public static string DevDrafts => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "coaching", "tone-dev.jsonl"));

    public static string RealDrafts => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "coaching", "tone-real-dev.jsonl"));

    /// <summary>Skips the calling test, saying why, when <paramref name="path"/> (shared material beside the repository) is absent.</summary>
    public static void SkipUnlessPresent(string path) =>
        Skip.IfNot(File.Exists(path), $"{path} is not here: the shared coaching material sits beside the repository in ../shared and is not part of a clone.");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadershipCoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LeadershipCoachBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
