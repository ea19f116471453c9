using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>
/// A portal's key in a browser: as the <c>apiKey</c> query parameter of a GET (an EventSource cannot send headers), with
/// the header's origin rule; refusals of browser requests readable by the page (CORS headers, no data).
/// </summary>
public sealed class BrowserKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Portal = "https://portail.example.fr";
    private const string Elsewhere = "https://ailleurs.example.com";
    private const string Sectors = "/graphql?query=%7B%20sectors%20%7B%20code%20%7D%20%7D";

    [Fact]
    public async Task An_event_source_subscribes_with_its_key_in_the_url_over_a_real_socket()
    {
        var key = await api.CreateKeyAsync("--origins", Portal);
        await using var seats = await FollowedSeats.StartAsync(api);
        var query = Uri.EscapeDataString(FollowedSeats.Subscription);
        using var request = EventSourceRequest($"/graphql?query={query}&variables={Uri.EscapeDataString(seats.Variables)}&apiKey={Uri.EscapeDataString(key)}", Portal);

        using var response = await seats.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Portal, Header(response, "Access-Control-Allow-Origin"));
        await seats.ExpectOneSeatLeftAsync(response);
    }

    [Fact]
    public async Task A_key_in_the_url_is_refused_from_an_origin_it_does_not_list_in_an_answer_the_page_can_read()
    {
        var key = await api.CreateKeyAsync("--origins", Portal);

        using var refused = await SendAsync(EventSourceRequest($"{Sectors}&apiKey={Uri.EscapeDataString(key)}", Elsewhere));

        await AssertReadableRefusalAsync(refused, HttpStatusCode.Forbidden, "ORIGIN_NOT_ALLOWED", Elsewhere);
    }

    [Fact]
    public async Task Unknown_keys_and_tokens_are_refused_in_answers_the_page_can_read()
    {
        using var inUrl = await SendAsync(EventSourceRequest($"{Sectors}&apiKey=stage_notakey", Portal));
        await AssertReadableRefusalAsync(inUrl, HttpStatusCode.Unauthorized, "INVALID_API_KEY", Portal);

        using var inHeader = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ sectors { code } }" }) };
        inHeader.Headers.Add("Origin", Portal);
        inHeader.Headers.Add("X-Api-Key", "stage_notakey");
        await AssertReadableRefusalAsync(await SendAsync(inHeader), HttpStatusCode.Unauthorized, "INVALID_API_KEY", Portal);

        using var badToken = EventSourceRequest(Sectors, Portal);
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        await AssertReadableRefusalAsync(await SendAsync(badToken), HttpStatusCode.Unauthorized, "UNAUTHENTICATED", Portal);
    }

    [Fact]
    public async Task A_revoked_key_in_the_url_is_refused_like_one_in_the_header()
    {
        var key = await api.CreateKeyAsync("--origins", Portal);
        var id = (await api.Store().ListAsync(CancellationToken.None)).Single(k => k.Prefix == key.Split('_')[1]).Id;
        Assert.True(await api.Store().RevokeAsync(id, CancellationToken.None));

        using var refused = await SendAsync(EventSourceRequest($"{Sectors}&apiKey={Uri.EscapeDataString(key)}", Portal));

        await AssertReadableRefusalAsync(refused, HttpStatusCode.Unauthorized, "INVALID_API_KEY", Portal);
    }

    [Fact]
    public async Task The_url_carries_a_key_on_get_only_and_never_beside_the_header()
    {
        var key = await api.CreateKeyAsync("--origins", Portal);

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/graphql?apiKey={Uri.EscapeDataString(key)}") { Content = JsonContent.Create(new { query = "{ sectors { code } }" }) };
        using var postAnswer = await SendAsync(post);
        using var both = EventSourceRequest($"{Sectors}&apiKey={Uri.EscapeDataString(key)}", origin: null);
        both.Headers.Add("X-Api-Key", key);
        using var bothAnswer = await SendAsync(both);

        Assert.Equal(HttpStatusCode.BadRequest, postAnswer.StatusCode);
        Assert.Equal(["BAD_REQUEST"], (await GraphQLResponse.ReadAsync(postAnswer)).ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, bothAnswer.StatusCode);
        Assert.Equal(["BAD_REQUEST"], (await GraphQLResponse.ReadAsync(bothAnswer)).ErrorCodes);
    }

    private static async Task AssertReadableRefusalAsync(HttpResponseMessage response, HttpStatusCode status, string code, string origin)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        var answer = await GraphQLResponse.ReadAsync(response);
        Assert.Equal([code], answer.ErrorCodes);
        Assert.False(answer.Body!.AsObject().ContainsKey("data"));
    }

    /// <summary>A GET as a browser's EventSource sends it: Accept text/event-stream, the page's Origin, no custom header.</summary>
    private static HttpRequestMessage EventSourceRequest(string url, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => api.Factory.CreateClient().SendAsync(request);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
