using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// Why credentials were refused, in words a client can act on and that reveal nothing of the
/// server's keys or configuration; <see cref="Challenge"/> is the WWW-Authenticate value (RFC 6750).
/// </summary>
public sealed record TokenRefusal(string Message, bool InvalidToken)
{
    public static readonly TokenRefusal MalformedHeader =
        new("The Authorization header must have the form: Bearer <token>.", InvalidToken: false);

    public static readonly TokenRefusal NoSubject = new("The token has no subject (sub).", InvalidToken: true);

    public static readonly TokenRefusal NoAccount = new("No account matches this token.", InvalidToken: true);

    public string Challenge => InvalidToken ? $"Bearer error=\"invalid_token\", error_description=\"{Message}\"" : "Bearer";

    public static TokenRefusal For(Exception? failure) => failure switch
    {
        TokenRejectedException { Rejection: TokenRejection.MalformedHeader } => MalformedHeader,
        TokenRejectedException { Rejection: TokenRejection.NotSigned } => Invalid("The token is not signed."),
        TokenRejectedException { Rejection: TokenRejection.UntrustedIssuer } => Invalid("The token's issuer is not trusted."),
        AggregateException { InnerExceptions.Count: > 0 } aggregate => For(aggregate.InnerExceptions[0]),
        SecurityTokenExpiredException => Invalid("The token has expired."),
        SecurityTokenNotYetValidException => Invalid("The token is not valid yet."),
        SecurityTokenNoExpirationException => Invalid("The token has no expiration time (exp)."),
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
