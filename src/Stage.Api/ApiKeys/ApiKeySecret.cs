using System.Security.Cryptography;
using System.Text;

namespace Stage.Api.ApiKeys;

/// <summary>
/// The text of a key: <c>stage_{prefix}_{secret}</c>, a 12-character lookup prefix and a 43-character
/// alphanumeric secret (256 random bits; no punctuation, so a double click selects the whole key).
/// The secret is high-entropy, so one SHA-256 (no slow hash) is enough to store it safely.
/// </summary>
public static class ApiKeySecret
{
    public const int MaxNameLength = 100;
    private const string Scheme = "stage_";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new key's full text and its prefix.</summary>
    public static (string Key, string Prefix) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, 12);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, 43);
        return ($"{Scheme}{prefix}_{secret}", prefix);
    }

    /// <summary>The lookup prefix of a key text, or null when it is not shaped like one of our keys.</summary>
    public static string? PrefixOf(string key)
    {
        if (key.Length > 200 || !key.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var end = key.IndexOf('_', Scheme.Length);
        return end == Scheme.Length + 12 ? key[Scheme.Length..end] : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(key), hash);
}
