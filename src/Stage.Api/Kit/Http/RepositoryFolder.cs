namespace Stage.Api.Kit.Http;

/// <summary>
/// A folder of the repository that the API serves files from (GraphiQL's <c>ide</c>, the widget's <c>embed</c>):
/// the configured path, or the first folder of that name found above the content root or the binaries.
/// </summary>
public static class RepositoryFolder
{
    /// <param name="configured">The configured path (relative to the content root), if any.</param>
    /// <param name="contentRoot">The application's content root.</param>
    /// <param name="name">The folder's name, e.g. <c>ide</c>.</param>
    /// <param name="markers">Files the folder holds, so that another folder of the same name is not taken for it.</param>
    public static string? Locate(string? configured, string contentRoot, string name, params string[] markers)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, name);
                if (markers.All(marker => File.Exists(Path.Combine(candidate, marker))))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
