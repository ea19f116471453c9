namespace Stage.Api;

internal static class StartupBanner
{
    /// <summary>The line ./stage run users wait for: where the API answers.</summary>
    public static void Log(WebApplication app)
    {
        if (app.Logger.IsEnabled(LogLevel.Information))
        {
            app.Logger.LogInformation("Stage API ready at {Endpoints}", string.Join(", ", app.Urls.Select(url => url + "/graphql")));
        }
    }
}
