using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Posts GraphQL requests as a third-party client would and exposes the parsed answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts and fails the test unless the answer has data and no errors.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data ?? throw new InvalidOperationException("No data in the response.");
    }
}
