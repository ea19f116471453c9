using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Persisted;

/// <summary>One request to /graphql with the headers persisted operations care about, and what came back.</summary>
public sealed record PersistedExchange(HttpStatusCode Status, HttpResponseHeaders Headers, GraphQLResponse Response)
{
    public static async Task<PersistedExchange> SendAsync(
        HttpClient http, HttpMethod method, string query, object? body, string? client, string? ifNoneMatch, string? bearer)
    {
        using var request = new HttpRequestMessage(method, "/graphql" + query);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (client is not null)
        {
            request.Headers.Add(TestApiClient.Header, client);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var parsed = response.StatusCode == HttpStatusCode.NotModified
            ? new GraphQLResponse(304, null, null)
            : await GraphQLResponse.ReadAsync(response);
        return new PersistedExchange(response.StatusCode, response.Headers, parsed);
    }
}
