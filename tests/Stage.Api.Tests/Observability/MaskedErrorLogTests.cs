using GraphQL.Types;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Tests.Observability;

/// <summary>The client gets a masked error and a request id; the log has the whole exception under that id.</summary>
public sealed class MaskedErrorLogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Secret = "disk quota exceeded on /srv/stage-secrets";

    [Fact]
    public async Task A_masked_error_is_logged_in_full_with_the_request_id_the_client_got()
    {
        var logs = new CapturedLogs();
        await using var factory = api.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<IQueryFields, FailingField>()));

        using var response = await factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ failing }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));

        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.Contains("INTERNAL_SERVER_ERROR", body, StringComparison.Ordinal);
        var logged = Assert.Single(logs.Entries, e => e.Exception?.Message == Secret);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(requestId, logged.Scopes["TraceId"]?.ToString());
        Assert.True(logged.Scopes.ContainsKey("RequestId"));
        Assert.Contains("FailingField", logged.Exception!.StackTrace, StringComparison.Ordinal);
    }

    private sealed class FailingField : IQueryFields
    {
        public void AddTo(QueryType query) =>
            query.Field<StringGraphType>("failing").Description("Fails.").Resolve(_ => throw new IOException(Secret));
    }
}
