using System.Security.Cryptography;
using System.Text;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>The id of a document: the lower-case hex SHA-256 digest of its UTF-8 text.</summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The hex digest of an id written <c>sha256:&lt;hex&gt;</c> or bare, lower-cased; null when it is not one.</summary>
    public static string? Normalize(string id)
    {
        var hex = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : null;
    }
}
