using System.IO.Pipelines;
using System.Text.Json;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, before the document is parsed. <see cref="Query"/> is empty
/// when the client names a persisted document instead (<see cref="DocumentId"/>, sent as <c>documentId</c>, <c>id</c>
/// as HotChocolate's clients do or <c>doc_id</c> as Relay does; or Apollo's <c>extensions.persistedQuery</c>).
/// </summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId = null);

/// <summary>
/// Reads the request parameters from a GET query string or a POST application/json body (one request, or a batch of
/// them), checking each one's type as the GraphQL-over-HTTP specification requires.
/// </summary>
public static class GraphQLHttpRequestReader
{
    /// <summary>The names a persisted document's id goes by: GraphQL over HTTP's, HotChocolate clients', Relay's.</summary>
    private static readonly string[] DocumentIdNames = ["documentId", "id", "doc_id"];

    public static GraphQLHttpRequest FromQueryString(IQueryCollection query) =>
        Build(
            Single(query, "query"),
            Single(query, "operationName"),
            ParseJsonParameter(Single(query, "variables"), "variables"),
            ParseJsonParameter(Single(query, "extensions"), "extensions"),
            DocumentId(name => Single(query, name)));

    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var document = await ReadJsonBodyAsync(request, maxBytes, cancellationToken);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? FromObject(document.RootElement)
            : throw BadRequest("The request body must be a JSON object with a \"query\", or an array of them (a batch).");
    }

    /// <summary>
    /// The requests of a batch (a JSON array body), in order: each one read, or the refusal of its own mistake, so that one
    /// malformed request fails alone.
    /// </summary>
    /// <exception cref="GraphQLHttpRequestException">The body as a whole is refused: not JSON, too large, empty or over <paramref name="maxBatchSize"/>.</exception>
    public static async Task<IReadOnlyList<Func<Task<GraphQLHttpRequest>>>> BatchFromBodyAsync(
        HttpRequest request, int maxBytes, int maxBatchSize, CancellationToken cancellationToken)
    {
        using var document = await ReadJsonBodyAsync(request, maxBytes, cancellationToken);
        var root = document.RootElement;
        var count = root.ValueKind == JsonValueKind.Array ? root.GetArrayLength() : throw BadRequest("A batch must be a JSON array of requests.");
        if (count == 0)
        {
            throw BadRequest("The batch is empty: send at least one request in the array.");
        }

        if (count > maxBatchSize)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ErrorCodes.BatchTooLarge,
                $"The batch holds {count} requests; the maximum is {maxBatchSize}. Nothing was run.");
        }

        return root.EnumerateArray().Select(ReadBatchItem).ToList();
    }

    /// <summary>
    /// Whether a POST body is a batch, told by its first character without consuming it, so that a batch can be admitted
    /// before it is read. Stops looking after <paramref name="maxBytes"/> (the body is then refused as too large).
    /// </summary>
    public static async Task<bool> IsBatchAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            var first = FirstSignificantByte(buffer);
            if (first is not null || read.IsCompleted || buffer.Length > maxBytes)
            {
                // Nothing consumed: the body is read again from its first byte.
                reader.AdvanceTo(buffer.Start);
                return first == (byte)'[';
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static byte? FirstSignificantByte(System.Buffers.ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return b;
                }
            }
        }

        return null;
    }

    private static Func<Task<GraphQLHttpRequest>> ReadBatchItem(JsonElement item)
    {
        try
        {
            var request = item.ValueKind == JsonValueKind.Object
                ? FromObject(item)
                : throw BadRequest("Each request of a batch must be a JSON object with a \"query\".");
            return () => Task.FromResult(request);
        }
        catch (GraphQLHttpRequestException refused)
        {
            return () => Task.FromException<GraphQLHttpRequest>(refused);
        }
    }

    private static async Task<JsonDocument> ReadJsonBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        RequireJsonContentType(request.ContentType);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        await CopyWithLimitAsync(request.BodyReader, buffer, maxBytes, cancellationToken);

        if (!IsValidUtf8(buffer))
        {
            throw BadRequest("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            // A copy: the document reads the bytes it is given for as long as it lives, after this buffer is gone.
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }

        if (!RequestJson.IsText(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), document.RootElement))
        {
            document.Dispose();
            throw UnpairedSurrogate();
        }

        return document;
    }

    private static GraphQLHttpRequestException UnpairedSurrogate() =>
        BadRequest("The request holds a \\u escape of half a surrogate pair, which is not text.");

    private static GraphQLHttpRequest FromObject(JsonElement root) =>
        Build(
            StringMember(root, "query"),
            StringMember(root, "operationName"),
            ObjectMember(root, "variables"),
            ObjectMember(root, "extensions"),
            DocumentId(name => StringMember(root, name)));

    /// <summary>The persisted document's id under any of its names; the same id may come under several, two different ones may not.</summary>
    private static string? DocumentId(Func<string, string?> read)
    {
        var ids = DocumentIdNames.Select(read).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count <= 1 ? ids.FirstOrDefault()
            : throw BadRequest("The request names two different persisted documents (documentId, id, doc_id): name one.");
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

    /// <summary>Through the body's pipe, as <see cref="IsBatchAsync"/> looked at it: what it examined is still there.</summary>
    private static async Task CopyWithLimitAsync(PipeReader body, MemoryStream buffer, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            if (buffer.Length + read.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(read.Buffer.End);
                throw TooLarge(maxBytes);
            }

            foreach (var segment in read.Buffer)
            {
                buffer.Write(segment.Span);
            }

            body.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return;
            }
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
                JsonValueKind.Object when !RequestJson.IsText(value, document.RootElement)
                    => throw UnpairedSurrogate(),
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
