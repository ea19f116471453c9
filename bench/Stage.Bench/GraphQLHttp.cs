using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Stage.Bench;

/// <summary>
/// Posts GraphQL requests (application/json) to the API over pooled keep-alive connections, one per
/// worker, and checks each answer: HTTP 200, <c>data</c> present, no <c>errors</c>.
/// </summary>
public sealed class GraphQLHttp : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _client;

    public GraphQLHttp(Uri endpoint, int concurrency)
    {
        Endpoint = endpoint;
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri Endpoint { get; }

    /// <summary>Sends one request and reads the whole answer: null when it is good, else what is wrong.</summary>
    public async Task<string?> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        var (status, bytes) = await PostAsync(body, cancellationToken);
        return Problem(status, bytes);
    }

    /// <summary>Sends one request that must succeed (as the bearer of <paramref name="token"/> if given), and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(byte[] body, CancellationToken cancellationToken, string? token = null)
    {
        var (status, bytes) = await PostAsync(body, cancellationToken, token);
        var problem = Problem(status, bytes);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The API failed a preparation request: {problem}");
        }

        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("data").Clone();
    }

    /// <summary>
    /// Sends one mutation as the bearer of <paramref name="token"/>: null when it is good, else what is wrong,
    /// including a typed error in a payload's <c>errors</c>.
    /// </summary>
    public async Task<string?> MutateAsync(byte[] body, string token, CancellationToken cancellationToken)
    {
        var (status, bytes) = await PostAsync(body, cancellationToken, token);
        if (Problem(status, bytes) is { } problem)
        {
            return problem;
        }

        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("data").EnumerateObject()
            .Any(field => field.Value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            ? $"payload errors: {Excerpt(bytes)}"
            : null;
    }

    public void Dispose() => _client.Dispose();

    private async Task<(HttpStatusCode Status, byte[] Body)> PostAsync(byte[] body, CancellationToken cancellationToken, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (response.StatusCode, bytes);
    }

    /// <summary>Scans the top level of a GraphQL response for <c>errors</c> and a non-null <c>data</c>.</summary>
    private static string? Problem(HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}: {Excerpt(body)}";
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            var hasData = false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not a JSON object: {Excerpt(body)}";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("errors"u8))
                {
                    return $"errors: {Excerpt(body)}";
                }

                var isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                hasData |= isData && reader.TokenType != JsonTokenType.Null;
                reader.Skip();
            }

            return hasData ? null : $"no data: {Excerpt(body)}";
        }
        catch (JsonException error)
        {
            return $"invalid JSON ({error.Message}): {Excerpt(body)}";
        }
    }

    private static string Excerpt(byte[] body) => Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)));
}
