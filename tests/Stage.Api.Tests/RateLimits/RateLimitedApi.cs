using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.ApiKeys;
using Stage.Api.GraphQL.Execution;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.RateLimits;

/// <summary>
/// The API with small limits (3 points a minute anonymously, 4 per account, 6 per key) on a manual clock,
/// and a <c>/costly</c> path whose requests report a cost of 5 points, as the cost analysis would.
/// </summary>
public sealed class RateLimitedApi(ApiFixture api) : IAsyncDisposable
{
    public const string CostlyPath = "/costly";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public WebApplicationFactory<Program> Factory => field ??= api.Factory.WithWebHostBuilder(web => web
        .UseSetting("Stage:RateLimits:AnonymousPointsPerMinute", "3")
        .UseSetting("Stage:RateLimits:AccountPointsPerMinute", "4")
        .UseSetting("Stage:RateLimits:KeyPointsPerMinute", "6")
        .ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, CostlyPathFilter>()));

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

    /// <summary>
    /// Added after the application's pipeline, so behind its rate limiter: requests the endpoints did not
    /// take reach it, and it reports 5 points as <see cref="RequestCost"/>.
    /// </summary>
    private sealed class CostlyPathFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(CostlyPath, costly => costly.Run(http =>
            {
                http.Features.Set(new RequestCost { Requested = 5, Actual = 5 });
                return http.Response.WriteAsync("costly");
            }));
        };
    }
}
