using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>The fixture's API with some settings overridden (they win over appsettings.json).</summary>
public static class ConfiguredApi
{
    public static WebApplicationFactory<Program> With(ApiFixture api, params (string Key, string? Value)[] settings) =>
        api.Factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))));

    public static GraphQLClient Client(this WebApplicationFactory<Program> factory) => new(factory.CreateClient());
}
