namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Finds the shared coaching material beside the repository: the folder holding the solution, then <c>../shared</c>.</summary>
internal static class SharedFiles
{
    public static string DevDrafts => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "coaching", "tone-dev.jsonl"));

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
