namespace Stage.Api.Tests.Fixtures;

public static class RepositoryPaths
{
    /// <summary>The folder holding Stage.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Stage.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Stage.sln not found above " + AppContext.BaseDirectory);
    }
}
