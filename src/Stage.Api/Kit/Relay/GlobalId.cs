using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Relay;

/// <summary>
/// Opaque Relay ids: base64url of "TypeName:databaseId". Clients must treat them as opaque; the
/// encoding only lets the server route <c>node(id)</c> to the right table.
/// </summary>
public static class GlobalId
{
    private const int MaxEncodedLength = 128;

    public static string Encode(string typeName, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    public static bool TryDecode(string? value, out string typeName, out long id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > MaxEncodedLength || !Base64Url.IsValid(value))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !long.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
        {
            return false;
        }

        typeName = text[..separator];
        return true;
    }

    /// <summary>The database id of a global id of the expected type, or an <see cref="InvalidIdException"/>.</summary>
    public static long Parse(string? value, string expectedTypeName) =>
        TryDecode(value, out var typeName, out var id) && string.Equals(typeName, expectedTypeName, StringComparison.Ordinal)
            ? id
            : throw new InvalidIdException(value, expectedTypeName);
}

public sealed class InvalidIdException : ExecutionError
{
    public InvalidIdException(string? value, string? expectedTypeName = null)
        : base(expectedTypeName is null
            ? $"'{Truncate(value)}' is not a valid id."
            : $"'{Truncate(value)}' is not a valid {expectedTypeName} id.")
    {
        Code = ErrorCodes.InvalidId;
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 64 ? value : value[..64] + "…";
}
