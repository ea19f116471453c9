namespace Stage.Api.Identity.Authentication;

/// <summary>The failure of a token refused by <see cref="TokenTriage"/>.</summary>
public sealed class TokenRejectedException(TokenRejection rejection) : Exception($"Token rejected: {rejection}.")
{
    public TokenRejection Rejection { get; } = rejection;
}
