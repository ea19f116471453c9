using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Stage.Api.Kit.Relay;

/// <summary>
/// Makes cursors opaque and tamper-evident: base64url of an HMAC-SHA256 (16 bytes) followed by the
/// payload. One key for every kind of cursor (configuration "Stage:Cursors:SigningKey").
/// </summary>
public sealed class CursorSigner
{
    private const int MacLength = 16;
    private const int MaxCursorLength = 1024;
    private readonly byte[] _key;

    public CursorSigner(IOptions<CursorOptions> options, ILogger<CursorSigner> logger)
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
            if (_key.Length < 32)
            {
                throw new InvalidOperationException($"{CursorOptions.Section}:SigningKey must hold at least 32 bytes (base64).");
            }
        }
    }

    public string Sign(byte[] payload) => Base64Url.EncodeToString([.. Mac(payload), .. payload]);

    /// <summary>The payload of a cursor this server signed, or null for anything else.</summary>
    public byte[]? Verify(string cursor)
    {
        if (cursor.Length is 0 or > MaxCursorLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        return bytes.Length > MacLength && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, MacLength), Mac(bytes.AsSpan(MacLength)))
            ? bytes[MacLength..]
            : null;
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..MacLength];
}

/// <summary>Settings of page cursors (configuration section "Stage:Cursors"), bound by <c>AddPaging</c>.</summary>
public sealed class CursorOptions
{
    public const string Section = "Stage:Cursors";

    /// <summary>
    /// Base64 key (at least 32 bytes) signing cursors. Every instance behind one address needs the same
    /// key; without one, each process draws its own and cursors do not survive a restart.
    /// </summary>
    public string? SigningKey { get; set; }
}
