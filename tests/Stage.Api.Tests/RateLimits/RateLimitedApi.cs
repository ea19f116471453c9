using System.Net.Http.Headers;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.ApiKeys;
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

    public WebApplicationFactory<Program> Factory => field ??= api.Factory.WithWebHostBuilder(web => web
        .UseSetting("Stage:RateLimits:AnonymousPointsPerMinute", "3")
        .UseSetting("Stage:RateLimits:AccountPointsPerMinute", "4")
        .UseSetting("Stage:RateLimits:KeyPointsPerMinute", "6")
        .UseSetting("GraphQL:Limits:FieldCosts:Query.costly", "5")
        .ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IQueryFields, CostlyField>()));

    public HttpClient Client(string? key = null, string? token = null)
    {
        var http = Factory.CreateClient();
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
