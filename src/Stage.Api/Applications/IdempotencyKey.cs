namespace Stage.Api.Applications;

/// <summary>A mutation's idempotency key and the result of its first execution, kept at least 24 hours.</summary>
public sealed class IdempotencyKey
{
    public long AccountId { get; set; }
    public required string Key { get; set; }
    public required string Operation { get; set; }

    /// <summary>SHA-256 of the operation's input: the same key with another input is refused.</summary>
    public required string InputHash { get; set; }

    /// <summary>The first execution's result, as JSON; null while it is still running.</summary>
    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
