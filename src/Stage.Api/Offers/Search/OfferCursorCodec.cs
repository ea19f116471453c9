using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Errors;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Opaque, tamper-evident cursors: the row's sort values and id, the fingerprint of the ordering they
/// belong to, and an HMAC over both. A forged, truncated or foreign cursor is an INVALID_CURSOR error.
/// </summary>
public sealed class OfferCursorCodec
{
    private const int MacLength = 16;
    private const int MaxCursorLength = 1024;
    private readonly byte[] _key;

    public OfferCursorCodec(IOptions<CursorOptions> options, ILogger<OfferCursorCodec> logger)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrEmpty(configured))
        {
            logger.LogWarning("No {Section}:SigningKey configured: cursors are signed with a key of this process only.", CursorOptions.Section);
            _key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = Convert.FromBase64String(configured);
        }
    }

    public static string Fingerprint(OfferSearchRequest request)
    {
        var text = string.Join('|', request.Order.Select(k => $"{k.Field}:{k.Direction}"))
            + string.Create(CultureInfo.InvariantCulture, $"|{request.Near?.Latitude:R},{request.Near?.Longitude:R}|{request.Search?.Words}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    public string Encode(OfferSearchRequest request, IReadOnlyList<object> values, long id)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(request.OrderingFingerprint);
            json.WriteNumberValue(id);
            foreach (var value in values)
            {
                OfferSortValues.Write(json, value);
            }

            json.WriteEndArray();
        }

        var payload = buffer.ToArray();
        return Base64Url.EncodeToString([.. Mac(payload), .. payload]);
    }

    public OfferCursor Decode(string cursor, OfferSearchRequest request, string argument)
    {
        if (cursor.Length is 0 or > MaxCursorLength || !Base64Url.IsValid(cursor))
        {
            throw Invalid(argument);
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length <= MacLength || !CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, MacLength), Mac(bytes.AsSpan(MacLength))))
        {
            throw Invalid(argument);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(MacLength));
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length != request.Order.Count + 2 || items[0].GetString() != request.OrderingFingerprint)
            {
                throw Invalid(argument);
            }

            var values = request.Order.Select((key, i) => OfferSortValues.Read(items[i + 2], key.Field)).ToArray();
            return new OfferCursor(values, items[1].GetInt64());
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            throw Invalid(argument);
        }
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..MacLength];

    private static InvalidArgumentError Invalid(string argument) =>
        new(ErrorCodes.InvalidCursor, argument,
            "This cursor is not valid here: it was altered, or it comes from a query with another order, centre or search.");
}
