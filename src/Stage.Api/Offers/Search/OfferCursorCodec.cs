using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Opaque, tamper-evident cursors: the row's sort values and id, the fingerprint of the ordering they
/// belong to, and an HMAC over both. A forged, truncated or foreign cursor is an INVALID_CURSOR error.
/// </summary>
public sealed class OfferCursorCodec(CursorSigner signer)
{
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

        return signer.Sign(buffer.ToArray());
    }

    public OfferCursor Decode(string cursor, OfferSearchRequest request, string argument)
    {
        var payload = signer.Verify(cursor) ?? throw Invalid(argument);
        try
        {
            using var document = JsonDocument.Parse(payload);
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

    private static InvalidArgumentError Invalid(string argument) => PageCursors.Invalid(argument);
}
