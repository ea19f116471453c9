using System.Linq.Expressions;
using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Kit.Idempotency;

/// <summary>The optional <c>idempotencyKey</c> field of a mutation's input: 1 to 100 characters when given.</summary>
public static class IdempotencyKeyField
{
    public const string Name = "idempotencyKey";
    public const int MaxLength = 100;

    public const string Description =
        "Optional, at most 100 characters: a retry with the same key and input returns the first result without doing it twice. Kept 24 hours.";

    /// <summary>Adds the field to an input type, bound to the record's <c>IdempotencyKey</c> property.</summary>
    public static void AddIdempotencyKey<TInput>(this InputObjectGraphType<TInput> input, Expression<Func<TInput, string?>> key) =>
        input.Field(key, typeof(StringGraphType)).Description(Description);

    /// <summary>The key given, or the refusal of a key out of bounds; (null, null) when none is given.</summary>
    public static (string? Key, InvalidFieldError? Error) Check(string? key) =>
        key is null ? (null, null)
        : key.Length is 0 or > MaxLength
            ? (null, new InvalidFieldError(Name, $"An idempotency key has 1 to {MaxLength} characters."))
            : (key, null);
}
