namespace Stage.Api.Identity.Development;

/// <summary>
/// <c>token --pupil INE | --staff email | --employer email/SIRET/id | --operator name | --admin name</c>:
/// prints a development token for that person, and nothing else, on the output writer.
/// </summary>
public static class DevelopmentTokenCommand
{
    public const int Usage = 2;

    /// <returns>The exit code: 0, or <see cref="Usage"/> for bad arguments, an unknown person or disabled development tokens.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var tokens = services.GetRequiredService<DevelopmentTokenIssuer>();
        try
        {
            var login = DevelopmentLogin.Parse(args);
            if (!tokens.IsEnabled)
            {
                await errors.WriteLineAsync("token: development tokens are disabled here: they need Stage:Auth:Development:SigningKey "
                    + "(appsettings.Development.json has one) and are never available in the Production environment.");
                return Usage;
            }

            var subject = await services.GetRequiredService<DevelopmentAccounts>().EnsureAccountAsync(login, CancellationToken.None);
            await output.WriteLineAsync(tokens.CreateToken(subject));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or PersonNotFoundException)
        {
            await errors.WriteLineAsync("token: " + e.Message);
            return Usage;
        }
    }
}
