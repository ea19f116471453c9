using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.GraphQL;

/// <summary>
/// Accept read per RFC 9110 on /graphql: a query or mutation answers JSON whenever JSON is wanted at least as much as an
/// event stream, a subscription streams when it may and is refused with a GraphQL error when it may not.
/// </summary>
public sealed class ContentNegotiationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>What @urql/core 6 sends by default with every request.</summary>
    private const string Urql = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";

    /// <summary>What GraphiQL's default fetcher sends.</summary>
    private const string GraphiQL = "application/json, multipart/mixed";

    private const string SectorsQuery = "{ sectors { code } }";

    [Theory]
    [InlineData(Urql, "application/graphql-response+json")]
    [InlineData("text/event-stream;q=0.5, application/json", "application/json")]
    [InlineData("text/event-stream, application/json", "application/json")]
    [InlineData("text/event-stream;q=0.9, application/*;q=0.9", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("text/*, application/graphql-response+json;q=0.8, */*;q=0.1", "text/event-stream")]
    [InlineData("text/event-stream, application/json;q=0.5", "text/event-stream")]
    [InlineData("text/event-stream", "text/event-stream")]
    [InlineData("application/json;charset=iso-8859-1, text/event-stream;q=0.1", "text/event-stream")]
    [InlineData("application/json, text/event-stream;charset=utf-8;q=0.9", "application/json")]
    public async Task A_query_answers_json_unless_the_client_wants_the_stream_more(string accept, string expected)
    {
        using var response = await PostAsync(SectorsQuery, accept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("{\"data\":{\"sectors\":[{\"code\":\"s1\"}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_with_urqls_accept_answers_json()
    {
        using var response = await PostAsync("mutation { applyToOffer(input: {offerId: \"x\", weeks: [], motivation: \"m\"}) { errors { __typename } } }", Urql);

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["UNAUTHENTICATED"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
    }

    [Theory]
    [InlineData(GraphiQL, 200, "application/json")]
    [InlineData("application/json", 200, "application/json")]
    [InlineData(null, 200, "application/json")]
    [InlineData("application/graphql-response+json", 400, "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, text/event-stream;q=0", 400, "application/graphql-response+json")]
    public async Task A_subscription_over_a_request_that_accepts_no_stream_is_refused(string? accept, int status, string mediaType)
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var subscriptions = api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count;

        using var response = await PostAsync(FollowedSeats.Subscription, accept, new { id = Applications.ApplicationScenario.Id(scenario.Offer) });
        var answer = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(status, answer.StatusCode);
        Assert.Equal(mediaType, answer.ContentType);
        Assert.Equal(["SUBSCRIPTION_REQUIRES_STREAM"], answer.ErrorCodes);
        Assert.Contains("text/event-stream", answer.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(answer.Body!.AsObject().ContainsKey("data"));
        Assert.Equal(subscriptions, api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count);
    }

    [Fact]
    public async Task A_subscription_by_get_without_a_stream_is_refused_for_the_stream_not_the_method()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { applicationStatusChanged { to } }"));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await api.Factory.CreateClient().SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(["SUBSCRIPTION_REQUIRES_STREAM"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
    }

    [Fact]
    public async Task Nothing_acceptable_gets_406()
    {
        using var response = await PostAsync(SectorsQuery, "text/html, application/json;q=0, text/event-stream;q=0");

        Assert.Equal(406, (int)response.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
    }

    [Fact]
    public async Task A_subscription_with_urqls_accept_streams_its_events_over_a_real_socket()
    {
        await using var seats = await FollowedSeats.StartAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{FollowedSeats.Subscription}}","variables":{{seats.Variables}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", Urql);

        using var response = await seats.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        await seats.ExpectOneSeatLeftAsync(response);
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? accept, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(query, variables) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await api.Factory.CreateClient().SendAsync(request);
    }

    private static StringContent Body(string query, object? variables) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
