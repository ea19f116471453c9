using System.Text.Json;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, before the document is parsed. <see cref="Query"/> is empty
/// when the client names a persisted document instead (<see cref="DocumentId"/> or Apollo's
/// <c>extensions.persistedQuery</c>).
/// </summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId = null);

/// <summary>
/// Reads the request parameters from a GET query string or a POST application/json body, checking
/// each one's type as the GraphQL-over-HTTP specification requires.
/// </summary>
public static class GraphQLHttpRequestReader
{
    public static GraphQLHttpRequest FromQueryString(IQueryCollection query) =>
        Build(
            Single(query, "query"),
            Single(query, "operationName"),
            ParseJsonParameter(Single(query, "variables"), "variables"),
            ParseJsonParameter(Single(query, "extensions"), "extensions"),
            Single(query, "documentId"));

    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        RequireJsonContentType(request.ContentType);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        await CopyWithLimitAsync(request.Body, buffer, maxBytes, cancellationToken);

        if (!IsValidUtf8(buffer))
        {
            throw BadRequest("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest("The request body must be a JSON object with a \"query\" (batched requests are not supported).");
            }

            return Build(
                StringMember(root, "query"),
                StringMember(root, "operationName"),
                ObjectMember(root, "variables"),
                ObjectMember(root, "extensions"),
                StringMember(root, "documentId"));
        }
    }

    private static GraphQLHttpRequest Build(
        string? query, string? operationName, JsonElement? variables, JsonElement? extensions, string? documentId)
    {
        var persisted = !string.IsNullOrEmpty(documentId) || extensions?.TryGetProperty("persistedQuery", out _) == true;
        return string.IsNullOrWhiteSpace(query) && !persisted
            ? throw BadRequest("The request has no \"query\" parameter.")
            : new GraphQLHttpRequest(query ?? "", string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions,
                string.IsNullOrEmpty(documentId) ? null : documentId);
    }

    private static void RequireJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase)
            || (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json (UTF-8).");
        }
    }

    /// <summary>JsonDocument leaves strings undecoded until they are read, so invalid UTF-8 would surface later as a 500.</summary>
    private static bool IsValidUtf8(MemoryStream buffer) =>
        System.Text.Unicode.Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));

    private static async Task CopyWithLimitAsync(Stream body, MemoryStream buffer, int maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw BadRequest($"The \"{name}\" parameter is given more than once."),
        };
    }

    private static JsonElement? ParseJsonParameter(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => document.RootElement.Clone(),
                _ => throw BadRequest($"The \"{name}\" parameter must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw BadRequest($"The \"{name}\" parameter is not valid JSON.");
        }
    }

    private static string? StringMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw BadRequest($"\"{name}\" must be a string.");

    private static JsonElement? ObjectMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value.Clone()
        : throw BadRequest($"\"{name}\" must be a JSON object.");

    private static GraphQLHttpRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static GraphQLHttpRequestException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");
}

/// <summary>
/// Parses the document of a GET request up front, because only queries may come by GET (and subscriptions, on
/// an event stream, which is how browsers' EventSource asks): a mutation is refused with 405 before anything
/// runs. Syntax errors are left to the executer to report.
/// </summary>
public static class GetRequestDocument
{
    public static GraphQLDocument? ParseQueryOnly(string query, string? operationName, bool allowSubscription = false)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || string.Equals(o.Name?.StringValue, operationName, StringComparison.Ordinal));
        if (operation is not null && operation.Operation != OperationType.Query
            && !(allowSubscription && operation.Operation == OperationType.Subscription))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            { Allow = "POST" };
        }

        return document;
    }
}
