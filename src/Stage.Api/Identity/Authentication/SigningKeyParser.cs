using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>Reads a configured signing key: a public key in PEM (RSA or EC), or base64 bytes of a symmetric key.</summary>
public static class SigningKeyParser
{
    /// <summary>HS256 needs at least 256 bits; shorter keys are refused rather than padded.</summary>
    public const int MinSymmetricKeyBytes = 32;

    public static SecurityKey Parse(string configured, string issuer)
    {
        var text = configured.Trim();
        return text.StartsWith("-----BEGIN", StringComparison.Ordinal) ? ParsePem(text, issuer) : ParseSymmetric(text, issuer);
    }

    private static SymmetricSecurityKey ParseSymmetric(string text, string issuer)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length))
        {
            throw Invalid(issuer, "a signing key is neither base64 nor PEM");
        }

        return length >= MinSymmetricKeyBytes
            ? new SymmetricSecurityKey(bytes[..length])
            : throw Invalid(issuer, $"a symmetric signing key is shorter than {MinSymmetricKeyBytes} bytes");
    }

    private static AsymmetricSecurityKey ParsePem(string pem, string issuer)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            return new ECDsaSecurityKey(ecdsa);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            ecdsa.Dispose();
            throw Invalid(issuer, "a PEM signing key is neither an RSA nor an EC public key");
        }
    }

    private static InvalidOperationException Invalid(string issuer, string problem) =>
        new($"{StageAuthOptions.Section}: for the issuer '{issuer}', {problem}.");
}
