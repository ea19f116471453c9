using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stage.Api.Tests.Fixtures;

/// <summary>An HTTP answer of the GraphQL endpoint: status, media type and parsed body.</summary>
public sealed record GraphQLResponse(int StatusCode, string? ContentType, JsonNode? Body)
{
    public JsonNode? Data => Body?["data"];
    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public IEnumerable<string?> ErrorCodes => Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()) ?? [];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body;
        try
        {
            body = string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"The response is not JSON ({(int)response.StatusCode}): {text}");
        }

        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
