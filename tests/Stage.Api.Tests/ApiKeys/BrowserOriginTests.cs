using System.Net;
using System.Net.Http.Json;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>CORS: preflights for origins listed on an active key, actual requests checked against their own key.</summary>
public sealed class BrowserOriginTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Portal = "https://portail.example.fr";

    [Fact]
    public async Task A_preflight_is_answered_for_an_origin_listed_on_an_active_key_only()
    {
        await api.CreateKeyAsync("--origins", Portal);

        using var listed = await PreflightAsync(Portal);
        using var unlisted = await PreflightAsync("https://ailleurs.example.com");

        Assert.Equal(HttpStatusCode.NoContent, listed.StatusCode);
        Assert.Equal(Portal, Header(listed, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Api-Key", Header(listed, "Access-Control-Allow-Headers"), StringComparison.Ordinal);
        Assert.Contains("POST", Header(listed, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unlisted.StatusCode);
        Assert.False(unlisted.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_keyed_request_is_served_from_its_own_origins_and_refused_from_others()
    {
        var key = await api.CreateKeyAsync("--origins", Portal);
        var other = await api.CreateKeyAsync("--origins", "https://autre-portail.example.fr");

        using var allowed = await PostAsync(Portal, key);
        using var wrongKey = await PostAsync(Portal, other);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(Portal, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(Portal, Header(wrongKey, "Access-Control-Allow-Origin")); // so that the page can read why
        var refusal = await GraphQLResponse.ReadAsync(wrongKey);
        Assert.Equal(["ORIGIN_NOT_ALLOWED"], refusal.ErrorCodes);
        Assert.Null(refusal.Data);
    }

    [Fact]
    public async Task Keyless_browser_requests_are_refused_but_servers_and_the_api_own_origin_are_not()
    {
        using var crossOrigin = await PostAsync(Portal, key: null);
        using var server = await PostAsync(origin: null, key: null);
        using var sameOrigin = await PostAsync("http://localhost", key: null);

        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.StatusCode);
        Assert.Equal(["ORIGIN_NOT_ALLOWED"], (await GraphQLResponse.ReadAsync(crossOrigin)).ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, server.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameOrigin.StatusCode);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        return await api.Factory.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostAsync(string? origin, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ sectors { code } }" }) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await api.Factory.CreateClient().SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
