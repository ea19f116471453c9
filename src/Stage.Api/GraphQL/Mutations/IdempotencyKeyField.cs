using Stage.Api.Applications;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>The optional <c>idempotencyKey</c> field of a mutation's input: 1 to 100 characters when given.</summary>
public static class IdempotencyKeyField
{
    public const string Name = "idempotencyKey";

    public static (string? Key, InvalidFieldError? Error) Read(IReadOnlyDictionary<string, object?> input) =>
        input.GetValueOrDefault(Name) is not string key ? (null, null)
        : key.Length is 0 or > IdempotencyKeyConfiguration.MaxKeyLength
            ? (null, new InvalidFieldError(Name, $"An idempotency key has 1 to {IdempotencyKeyConfiguration.MaxKeyLength} characters."))
            : (key, null);
}
