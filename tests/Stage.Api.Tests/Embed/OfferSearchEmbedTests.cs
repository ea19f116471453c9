using System.IO.Compression;
using System.Net;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;

namespace Stage.Api.Tests.Embed;

/// <summary>
/// The widget's files at /embed/v1: the bundle for any page (CORS open, cached, revalidated), within its size budget,
/// the demo page under a strict policy, and clear answers when the bundle is not built or the path is wrong.
/// </summary>
public sealed class OfferSearchEmbedTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Script = "/embed/v1/stage-offer-search.js";
    private const int BudgetBytes = 40 * 1024;

    private static string BundlePath => Path.Combine(RepositoryPaths.Root, "embed", "dist", "stage-offer-search.js");

    [Fact]
    public async Task The_script_is_served_to_a_page_of_any_origin_cached_and_revalidated()
    {
        var http = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Script);
        request.Headers.Add("Origin", "https://no-key-lists-this.example.fr");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: not null });
        Assert.Equal(await File.ReadAllBytesAsync(BundlePath), await response.Content.ReadAsByteArrayAsync());

        using var again = new HttpRequestMessage(HttpMethod.Get, Script);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task The_gzipped_script_stays_within_its_40_KB_budget()
    {
        var bundle = await File.ReadAllBytesAsync(BundlePath);
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(bundle);
        }

        Assert.True(compressed.Length <= BudgetBytes, $"{compressed.Length} bytes gzipped, over the budget of {BudgetBytes}.");
    }

    [Fact]
    public async Task The_demo_page_holds_the_widget_and_the_snippet_with_the_key_given_under_a_strict_policy()
    {
        var http = api.Factory.CreateClient();

        using var response = await http.GetAsync("/embed/v1/demo?key=stage_abcdefghijkl_S3cret-_x");
        var html = await response.Content.ReadAsStringAsync();
        var hostile = await http.GetStringAsync("/embed/v1/demo?key=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<stage-offer-search api-key=\"stage_abcdefghijkl_S3cret-_x\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script type=&quot;module&quot; src=&quot;http://localhost/embed/v1/stage-offer-search.js&quot;&gt;", html, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", hostile, StringComparison.Ordinal);
        Assert.Contains("<stage-offer-search radius", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unbuilt_widget_and_an_unknown_path_are_answered_plainly()
    {
        var empty = Directory.CreateTempSubdirectory("stage-embed-");
        try
        {
            var http = ConfiguredApi.With(api, ("Stage:Embed:Path", empty.FullName)).CreateClient();

            using var unbuilt = await http.GetAsync(Script);
            using var unknown = await api.Factory.CreateClient().GetAsync("/embed/v1/other.js");
            using var posted = await api.Factory.CreateClient().PostAsync(Script, new StringContent(""));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, unbuilt.StatusCode);
            Assert.Contains("npm run build --prefix embed", await unbuilt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("/embed/v1/demo", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
