using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;

namespace Stage.Api.Tests.GraphQL.Persisted;

/// <summary>Trusted documents by id, Apollo's automatic persisted queries, cacheable GET answers, keys limited to trusted documents.</summary>
public sealed class PersistedOperationTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private const string Trusted = "{ sectors { code } }";
    private static readonly string TrustedId = "sha256:" + DocumentHash.Of(Trusted);
    private readonly string _manifest = WriteManifest();
    private WebApplicationFactory<Program>? _factory;

    private WebApplicationFactory<Program> Factory => _factory ??= ConfiguredApi
        .With(api, ("GraphQL:PersistedOperations:TrustedDocumentsFile", _manifest))
        .WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestApiClient>()));

    [Fact]
    public async Task A_trusted_document_runs_by_id_over_post_and_get()
    {
        var post = await SendAsync(HttpMethod.Post, body: new { documentId = TrustedId });
        Assert.Equal(51, post.Response.Data!["sectors"]!.AsArray().Count);

        var get = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId));
        Assert.Equal(200, get.Response.StatusCode);
        Assert.Equal("s1", get.Response.Data!["sectors"]![0]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("id")]
    [InlineData("doc_id")]
    [InlineData("documentId")]
    public async Task The_id_runs_under_the_name_each_client_gives_it_over_post_and_get(string name)
    {
        var post = await SendAsync(HttpMethod.Post, body: new Dictionary<string, object> { [name] = TrustedId, ["variables"] = new { } });
        Assert.Equal(51, post.Response.Data!["sectors"]!.AsArray().Count);

        var get = await SendAsync(HttpMethod.Get, $"?{name}={Uri.EscapeDataString(TrustedId)}");
        Assert.Equal("s1", get.Response.Data!["sectors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("public, max-age=300", get.Headers.CacheControl!.ToString());

        var unknown = await SendAsync(HttpMethod.Get, $"?{name}=sha256:{new string('0', 64)}");
        Assert.Equal(404, unknown.Response.StatusCode);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], unknown.Response.ErrorCodes);

        var malformed = await SendAsync(HttpMethod.Post, body: new Dictionary<string, object> { [name] = "md5:abc" });
        Assert.Equal(400, malformed.Response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], malformed.Response.ErrorCodes);

        var withQuery = await SendAsync(HttpMethod.Post, body: new Dictionary<string, object> { [name] = TrustedId, ["query"] = Trusted });
        Assert.Equal(["BAD_REQUEST"], withQuery.Response.ErrorCodes);
    }

    [Fact]
    public async Task Two_different_ids_are_refused_and_the_same_id_twice_is_not()
    {
        var twice = await SendAsync(HttpMethod.Post, body: new { id = TrustedId, documentId = TrustedId });
        Assert.NotNull(twice.Response.Data);

        var different = await SendAsync(HttpMethod.Get, $"?id={Uri.EscapeDataString(TrustedId)}&doc_id=sha256:{new string('0', 64)}");
        Assert.Equal(400, different.Response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], different.Response.ErrorCodes);
    }

    [Fact]
    public async Task A_persisted_get_with_urqls_accept_header_stays_cacheable_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + Uri.EscapeDataString(TrustedId));
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed");
        using var response = await Factory.CreateClient().SendAsync(request);

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_unknown_document_id_is_refused()
    {
        var answer = await SendAsync(HttpMethod.Post, body: new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal(404, answer.Response.StatusCode);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], answer.Response.ErrorCodes);
    }

    [Fact]
    public async Task A_public_get_of_a_persisted_query_is_cacheable_and_revalidates_with_304()
    {
        var first = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId));
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        var again = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId), ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Equal(etag, again.Headers.ETag);

        var changed = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId), ifNoneMatch: "\"other\"");
        Assert.Equal(HttpStatusCode.OK, changed.Status);
    }

    [Fact]
    public async Task Answers_that_may_depend_on_the_caller_are_not_marked_cacheable()
    {
        var plainQuery = await SendAsync(HttpMethod.Get, "?query=" + Uri.EscapeDataString(Trusted));
        Assert.Null(plainQuery.Headers.CacheControl);

        var territory = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId), client: "territory");
        Assert.Equal(200, territory.Response.StatusCode);
        Assert.True(territory.Headers.CacheControl is { Private: true, NoStore: true, Public: false });

        var token = await api.TokenForAsync(Stage.Api.Identity.Development.DevelopmentLogin.Admin("cache-check"));
        var viewer = await SendAsync(HttpMethod.Get, "?documentId=" + Uri.EscapeDataString(TrustedId), bearer: token);
        Assert.Equal(200, viewer.Response.StatusCode);
        Assert.True(viewer.Headers.CacheControl is { Private: true, NoStore: true, Public: false });
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_then_run_by_hash()
    {
        const string query = "{ sectors { name } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } };

        var unknown = await SendAsync(HttpMethod.Post, body: new { extensions });
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], unknown.Response.ErrorCodes);

        var registered = await SendAsync(HttpMethod.Post, body: new { query, extensions });
        Assert.Empty(registered.Response.ErrorCodes);

        var byHash = await SendAsync(HttpMethod.Get, "?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)));
        Assert.Equal(51, byHash.Response.Data!["sectors"]!.AsArray().Count);
        Assert.NotNull(byHash.Headers.ETag);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of("{ other }") } };
        var answer = await SendAsync(HttpMethod.Post, body: new { query = Trusted, extensions });
        Assert.Equal(400, answer.Response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], answer.Response.ErrorCodes);
    }

    [Fact]
    public async Task A_key_limited_to_persisted_operations_runs_only_trusted_documents()
    {
        var query = await SendAsync(HttpMethod.Post, body: new { query = Trusted + " " }, client: "persisted-only");
        Assert.Equal(403, query.Response.StatusCode);
        Assert.Equal(["PERSISTED_OPERATIONS_ONLY"], query.Response.ErrorCodes);

        const string other = "{ sectors { id } }";
        var registration = await SendAsync(HttpMethod.Post, client: "persisted-only",
            body: new { query = other, extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(other) } } });
        Assert.Equal(["PERSISTED_OPERATIONS_ONLY"], registration.Response.ErrorCodes);

        var trusted = await SendAsync(HttpMethod.Post, body: new { documentId = TrustedId }, client: "persisted-only");
        Assert.Empty(trusted.Response.ErrorCodes);
        Assert.NotNull(trusted.Response.Data);
    }

    [Fact]
    public void A_manifest_whose_id_is_not_the_documents_hash_stops_the_server()
    {
        var wrong = Path.Combine(Path.GetTempPath(), $"stage-trusted-{Guid.NewGuid():N}.json");
        File.WriteAllText(wrong, JsonSerializer.Serialize(new Dictionary<string, string> { [TrustedId] = "{ sectors { name } }" }));
        try
        {
            using var factory = ConfiguredApi.With(api, ("GraphQL:PersistedOperations:TrustedDocumentsFile", wrong));
            var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
            Assert.Contains("is not the SHA-256 digest of its text", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(wrong);
        }
    }

    public void Dispose()
    {
        _factory?.Dispose();
        File.Delete(_manifest);
    }

    private Task<PersistedExchange> SendAsync(
        HttpMethod method, string query = "", object? body = null, string? client = null, string? ifNoneMatch = null, string? bearer = null) =>
        PersistedExchange.SendAsync(Factory.CreateClient(), method, query, body, client, ifNoneMatch, bearer);

    private static string WriteManifest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stage-trusted-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { [TrustedId] = Trusted }));
        return path;
    }
}
