using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// Why credentials were refused, in words a client can act on and that reveal nothing of the
/// server's keys or configuration; <see cref="Challenge"/> is the WWW-Authenticate value (RFC 6750).
/// </summary>
public sealed record TokenRefusal(string Message, bool InvalidToken, bool IsOutage = false)
{
    public static readonly TokenRefusal MalformedHeader =
        new("The Authorization header must have the form: Bearer <token>.", InvalidToken: false);

    public static readonly TokenRefusal NoSubject = new("The token has no subject (sub).", InvalidToken: true);

    public static readonly TokenRefusal NoAccount = new("No account matches this token.", InvalidToken: true);

    /// <summary>The issuer's keys could not be fetched from its authority: the token may be fine, the client should retry.</summary>
    public static readonly TokenRefusal ProviderUnavailable =
        new("The token's identity provider cannot be reached to check it. Retry in a few seconds.", InvalidToken: false, IsOutage: true);

    public string Challenge => InvalidToken ? $"Bearer error=\"invalid_token\", error_description=\"{Message}\"" : "Bearer";

    public static TokenRefusal For(Exception? failure) => failure switch
    {
        TokenRejectedException { Rejection: TokenRejection.MalformedHeader } => MalformedHeader,
        TokenRejectedException { Rejection: TokenRejection.NotSigned } => Invalid("The token is not signed."),
        TokenRejectedException { Rejection: TokenRejection.UntrustedIssuer } => Invalid("The token's issuer is not trusted."),
        AggregateException { InnerExceptions.Count: > 0 } aggregate => For(aggregate.InnerExceptions[0]),
        // IDX10500, no key at all to check the signature with: the authority's keys could not be fetched (an
        // issuer always has keys when its provider answers). IDX20803: its configuration could not be read.
        SecurityTokenSignatureKeyNotFoundException noKeys when noKeys.Message.StartsWith("IDX10500", StringComparison.Ordinal) => ProviderUnavailable,
        InvalidOperationException configuration when configuration.Message.StartsWith("IDX20803", StringComparison.Ordinal) => ProviderUnavailable,
        SecurityTokenExpiredException => Invalid("The token has expired."),
        SecurityTokenNotYetValidException => Invalid("The token is not valid yet."),
        SecurityTokenNoExpirationException => Invalid("The token has no expiration time (exp)."),
        TokenLifetimeTooLongException tooLong => Invalid(
            $"The token lives longer than the {tooLong.MaxLifetime.TotalHours:0.#} hours this API accepts (from iat or nbf to exp)."),
        SecurityTokenInvalidLifetimeException => Invalid("The token's lifetime is invalid."),
        SecurityTokenInvalidAudienceException => Invalid("The token is meant for another audience."),
        SecurityTokenInvalidIssuerException => Invalid("The token's issuer is not trusted."),
        SecurityTokenInvalidAlgorithmException => Invalid("The token's signing algorithm is not accepted."),
        SecurityTokenInvalidSignatureException => Invalid("The token's signature is invalid."),
        SecurityTokenMalformedException or TokenRejectedException or ArgumentException => Invalid("The token is malformed."),
        _ => Invalid("The token is invalid."),
    };

    private static TokenRefusal Invalid(string message) => new(message, InvalidToken: true);
}
