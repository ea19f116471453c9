using System.Text.Json;

namespace Stage.Api.Kit.Http;

/// <summary>
/// JSON may escape half of a surrogate pair ("\ud800"), which is no character: reading such a string later throws
/// deep in the executor. Every transport checks a request's JSON once here, reading every string and name only when
/// the text holds an escape at all.
/// </summary>
public static class RequestJson
{
    public static bool IsText(ReadOnlySpan<byte> utf8, JsonElement root) => utf8.IndexOf("\\u"u8) < 0 || EscapesAreText(root);

    public static bool IsText(string json, JsonElement root) => !json.Contains("\\u", StringComparison.Ordinal) || EscapesAreText(root);

    private static bool EscapesAreText(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Array => element.EnumerateArray().All(EscapesAreText),
                JsonValueKind.Object => element.EnumerateObject().All(property => property.Name is not null && EscapesAreText(property.Value)),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
