using System.Globalization;
using System.Text.Json;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Kit.Paging;

/// <summary>A position in a keyset-paged list: the row's values of the sort keys, most significant first, then its id.</summary>
public sealed record KeysetPosition(IReadOnlyList<object> Values, long Id);

/// <summary>
/// The one codec of every list's page cursors: a JSON array of the ordering it belongs to (the list, its keys
/// and whatever else decides the order), the row's id and its sort values, signed by <see cref="CursorSigner"/>
/// so that clients can neither read nor forge it. A cursor signed elsewhere, altered, or made for another
/// ordering is <c>INVALID_CURSOR</c> on the argument it came in.
/// </summary>
public sealed class KeysetCursors(CursorSigner signer)
{
    public string Encode(string ordering, KeysetPosition position)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(ordering);
            json.WriteNumberValue(position.Id);
            foreach (var value in position.Values)
            {
                Write(json, value);
            }

            json.WriteEndArray();
        }

        return signer.Sign(buffer.ToArray());
    }

    /// <summary>The position, if this server signed it for <paramref name="ordering"/>, its values read as <paramref name="valueTypes"/>.</summary>
    public KeysetPosition Decode(string cursor, string ordering, IReadOnlyList<Type> valueTypes, string argument)
    {
        var payload = signer.Verify(cursor) ?? throw PageCursors.Invalid(argument);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length != valueTypes.Count + 2 || items[0].GetString() != ordering)
            {
                throw PageCursors.Invalid(argument);
            }

            return new KeysetPosition([.. valueTypes.Select((type, i) => Read(items[i + 2], type))], items[1].GetInt64());
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            throw PageCursors.Invalid(argument);
        }
    }

    private static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text: json.WriteStringValue(text); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: json.WriteNumberValue(time.UtcTicks); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case float number: json.WriteNumberValue(number); break;
            default: throw new InvalidOperationException($"No cursor form for {value.GetType()}.");
        }
    }

    private static object Read(JsonElement element, Type type) =>
        type == typeof(string) ? element.GetString() ?? throw new FormatException("A text key cannot be null.")
        : type == typeof(DateOnly) ? DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : type == typeof(DateTimeOffset) ? new DateTimeOffset(element.GetInt64(), TimeSpan.Zero)
        : type == typeof(int) ? element.GetInt32()
        : type == typeof(long) ? element.GetInt64()
        : type == typeof(double) ? element.GetDouble()
        : type == typeof(float) ? element.GetSingle()
        : throw new InvalidOperationException($"No cursor form for {type}.");
}
