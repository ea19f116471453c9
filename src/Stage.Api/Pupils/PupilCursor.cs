using System.Text.Json;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;


namespace Stage.Api.Pupils;

/// <summary>
/// A position in a school's list of pupils (ordered by last name, first name, id): the row's sort values
/// and id, signed by <see cref="CursorSigner"/> so that clients can neither read nor forge it.
/// </summary>
public sealed record PupilCursor(string LastName, string FirstName, long Id)
{
    /// <summary>Marks the cursors of this list, so that another list's cursor is refused.</summary>
    private const string Kind = "pupils:lastName,firstName,id";

    public string Encode(CursorSigner signer) => signer.Sign(JsonSerializer.SerializeToUtf8Bytes(new object[] { Kind, Id, LastName, FirstName }));

    /// <summary>The cursor, if this server signed it for this list; else <c>INVALID_CURSOR</c> on <paramref name="argument"/>.</summary>
    public static PupilCursor Decode(string text, CursorSigner signer, string argument)
    {
        try
        {
            if (signer.Verify(text) is { } payload && JsonSerializer.Deserialize<JsonElement[]>(payload) is { Length: 4 } items
                && items[0].ValueKind == JsonValueKind.String && items[0].GetString() == Kind
                && items[1].TryGetInt64(out var id) && items[2].GetString() is { } lastName && items[3].GetString() is { } firstName)
            {
                return new PupilCursor(lastName, firstName, id);
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
        }

        throw PageCursors.Invalid(argument);
    }
}
