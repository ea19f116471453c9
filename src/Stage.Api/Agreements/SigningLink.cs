namespace Stage.Api.Agreements;

/// <summary>A legal representative's single-use signing token, as issued to the school's staff.</summary>
public sealed record SigningLink(string Token, DateTimeOffset ExpiresAt);
