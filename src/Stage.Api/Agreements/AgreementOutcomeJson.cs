using System.Text.Json;
using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements;

/// <summary>Stores an agreement mutation's outcome with its idempotency key, and reads it back for a retry.</summary>
public static class AgreementOutcomeJson
{
    public static string Write(AgreementOutcome outcome) => JsonSerializer.Serialize(new StoredOutcome(
        outcome.AgreementId,
        outcome.Error?.GetType().Name,
        outcome.Error?.Message,
        (outcome.Error as AgreementStatusError)?.CurrentStatus,
        (outcome.Error as InvalidFieldError)?.Field,
        (outcome.Error as IncompleteAgreementError)?.MissingFields));

    public static AgreementOutcome Read(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredOutcome>(json) ?? throw new InvalidOperationException("Empty stored outcome.");
        IBusinessError? error = stored.Type switch
        {
            null => null,
            nameof(AgreementStatusError) => new AgreementStatusError(stored.Message!, stored.CurrentStatus!.Value),
            nameof(InvalidFieldError) => new InvalidFieldError(stored.Field!, stored.Message!),
            nameof(IncompleteAgreementError) => new IncompleteAgreementError(stored.Message!, stored.MissingFields ?? []),
            nameof(AlreadySignedError) => new AlreadySignedError(stored.Message!),
            nameof(InvalidSigningTokenError) => new InvalidSigningTokenError(stored.Message!),
            _ => throw new InvalidOperationException($"Unknown stored error {stored.Type}."),
        };
        return new AgreementOutcome(stored.AgreementId, error);
    }

    private sealed record StoredOutcome(
        long? AgreementId, string? Type, string? Message, AgreementStatus? CurrentStatus, string? Field, IReadOnlyList<string>? MissingFields);
}
