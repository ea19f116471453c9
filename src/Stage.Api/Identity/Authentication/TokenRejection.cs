namespace Stage.Api.Identity.Authentication;

/// <summary>Why a token was refused before any issuer's scheme could look at it.</summary>
public enum TokenRejection
{
    MalformedHeader,
    MalformedToken,
    NotSigned,
    UntrustedIssuer,
}
