using Stage.Api.Applications;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The optional <c>idempotencyKey</c> of an input: 1 to 100 characters.</summary>
public static class IdempotencyKeyInput
{
    public static (string? Value, OfferOutcome? Error) Of(IReadOnlyDictionary<string, object?> input) =>
        input.GetValueOrDefault("idempotencyKey") is not string key ? (null, null)
        : key.Length is 0 or > IdempotencyKeyConfiguration.MaxKeyLength
            ? (null, OfferOutcome.Refused(new InvalidFieldError("idempotencyKey",
                $"An idempotency key has 1 to {IdempotencyKeyConfiguration.MaxKeyLength} characters.")))
            : (key, null);
}
