using Microsoft.Extensions.DependencyInjection;
using Stage.Api.ApiKeys;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>Creates keys as <c>./stage apikey create</c> does and clients that send them.</summary>
public static class ApiKeyClients
{
    /// <summary>Runs <c>apikey</c> with these arguments in the API's process, as the command line does.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(this ApiFixture api, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ApiKeyCommand.RunAsync(api.Factory.Services, args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Creates a key and returns its text, failing the test if the command fails.</summary>
    public static async Task<string> CreateKeyAsync(this ApiFixture api, params string[] options)
    {
        var (exitCode, output, errors) = await api.RunAsync(["create", "--name", "Portail test", .. options]);
        Assert.True(exitCode == 0, errors);
        return Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public static GraphQLClient WithKey(this ApiFixture api, string key)
    {
        var http = api.Factory.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        return new GraphQLClient(http);
    }

    public static ApiKeyStore Store(this ApiFixture api) => api.Factory.Services.GetRequiredService<ApiKeyStore>();
}
