namespace Stage.Api.Identity.Development;

/// <summary>Nobody matches what was given to <c>./stage token</c>.</summary>
public sealed class PersonNotFoundException(string message) : Exception(message);
