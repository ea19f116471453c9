using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.ApiKeys;
using Stage.Api.RateLimits;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Tests.RateLimits;

/// <summary>
/// The API with small limits (3 points a minute anonymously, 4 per account, 6 per key) on a manual clock,
/// and a <c>costly</c> query field whose resolution costs 5 points, as the cost analysis prices it.
/// </summary>
public sealed class RateLimitedApi(ApiFixture api) : IAsyncDisposable
{
    public const string CostlyPath = "/graphql?query=%7Bcostly%7D";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public WebApplicationFactory<Program> Factory => field ??= ForgetSharedAllowances(Instance());

    /// <summary>One more instance of the API on the same database and clock, with the same limits.</summary>
    public WebApplicationFactory<Program> AnotherInstance(params (string Key, string Value)[] settings) =>
        settings.Aggregate(Instance(), (factory, setting) => factory.WithWebHostBuilder(web => web.UseSetting(setting.Key, setting.Value)));

    /// <summary>Reconciles an instance's allowances with the shared ones now, as it does in the background.</summary>
    public static Task<int> ShareAsync(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<SharedAllowances>().ShareAsync(CancellationToken.None);

    private WebApplicationFactory<Program> Instance() => api.Factory.WithWebHostBuilder(web => web
        .UseSetting("Stage:RateLimits:AnonymousPointsPerMinute", "3")
        .UseSetting("Stage:RateLimits:AccountPointsPerMinute", "4")
        .UseSetting("Stage:RateLimits:KeyPointsPerMinute", "6")
        .UseSetting("GraphQL:Limits:FieldCosts:Query.costly", "5")
        .ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IQueryFields, CostlyField>()));

    /// <summary>The tests of a class share a database: each starts with no caller in debt on any instance.</summary>
    private WebApplicationFactory<Program> ForgetSharedAllowances(WebApplicationFactory<Program> factory)
    {
        using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        connection.Open();
        using var forget = new NpgsqlCommand("DELETE FROM rate_limit_buckets", connection);
        forget.ExecuteNonQuery();
        return factory;
    }

    public HttpClient Client(string? key = null, string? token = null) => Client(Factory, key, token);

    public static HttpClient Client(WebApplicationFactory<Program> instance, string? key = null, string? token = null)
    {
        var http = instance.CreateClient();
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        }

        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    /// <summary>A request that costs nothing, so 1 point.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

    /// <summary>How many of <paramref name="attempts"/> requests in a row are served (not refused).</summary>
    public static async Task<int> CountServedAsync(HttpClient client, int attempts)
    {
        var served = 0;
        for (var i = 0; i < attempts; i++)
        {
            using var response = await PostAsync(client);
            served += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        return served;
    }

    public async Task<string> CreateKeyAsync(int? rateLimit = null) =>
        (await Factory.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync(new NewApiKey("Limited portal", [], [], [], false, rateLimit), CancellationToken.None)).Secret;

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    /// <summary>A query field that costs 5 points each time it is resolved (its configured base cost) and fetches nothing.</summary>
    private sealed class CostlyField : IQueryFields
    {
        public void AddTo(QueryType query) => query.Field<StringGraphType>("costly").Resolve(_ => "costly");
    }
}
