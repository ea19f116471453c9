using System.Collections.Concurrent;
using System.Text;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;
using Xunit.Abstractions;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>
/// 6,000 requests generated from the schema (fixed seed) through Kestrel on a loopback port, anonymous and as an
/// administrator: none gets a 5xx or an INTERNAL_SERVER_ERROR, and the server answers normally afterwards. Rate
/// limits are raised for the run: they would otherwise refuse most of it, and hide what it is looking for.
/// </summary>
public sealed class SchemaFuzzerTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private const int Requests = 6_000;

    [Fact]
    public async Task Generated_requests_never_break_the_server()
    {
        const string Unlimited = "2000000000";
        var server = LoopbackServer.Start(ConfiguredApi.With(api,
            ("Stage:RateLimits:AnonymousPointsPerMinute", Unlimited), ("Stage:RateLimits:AccountPointsPerMinute", Unlimited)));
        using var http = new HttpClient { BaseAddress = new Uri(LoopbackServer.AddressOf(server)), Timeout = TimeSpan.FromMinutes(1) };
        var admin = await api.TokenForAsync(DevelopmentLogin.Admin("fuzzer"));
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var executed = 0;
        var requests = new SchemaFuzzer(schema, seed: 20261207).Generate(Requests).Select((request, i) => (request, i));
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, cancel) =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(item.request.Body, Encoding.UTF8, "application/json"),
            };
            if (item.i % 2 == 1)
            {
                message.Headers.Authorization = new("Bearer", admin);
            }

            using var response = await http.SendAsync(message, cancel);
            var body = await response.Content.ReadAsStringAsync(cancel);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (body.Contains("\"data\":{", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref executed);
            }

            if ((int)response.StatusCode >= 500 || body.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
            {
                failures.Add($"{item.request.Field} → {(int)response.StatusCode} {Shorten(body)}\n  {Shorten(item.request.Body)}");
            }
        });

        output.WriteLine($"{Requests} requests, {executed} executed (data in the answer); statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(15)));
        Assert.True(executed >= Requests / 10, $"only {executed} requests got past validation: the generator tests little");
        var sectors = await new GraphQLClient(http).QueryAsync("{ sectors { code } }");
        Assert.Equal(51, sectors["sectors"]!.AsArray().Count);
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
