using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The optional <c>idempotencyKey</c> of an input: 1 to 100 characters.</summary>
public static class IdempotencyKeyInput
{
    public static (string? Value, OfferOutcome? Error) Of(IReadOnlyDictionary<string, object?> input) =>
        IdempotencyKeyField.Check(input.GetValueOrDefault(IdempotencyKeyField.Name) as string) is var (key, error) && error is not null
            ? (null, OfferOutcome.Refused(error)) : (key, null);
}
