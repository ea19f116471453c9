using System.Text.Json;
using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications;

/// <summary>Stores a mutation's outcome with its idempotency key, and reads it back for a retry.</summary>
public static class BusinessErrorJson
{
    public static string Write(MutationOutcome outcome) => JsonSerializer.Serialize(new StoredOutcome(
        outcome.ApplicationId,
        outcome.Error?.GetType().Name,
        outcome.Error?.Message,
        (outcome.Error as InvalidTransitionError)?.CurrentStatus,
        (outcome.Error as InvalidFieldError)?.Field));

    public static MutationOutcome Read(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredOutcome>(json) ?? throw new InvalidOperationException("Empty stored outcome.");
        IBusinessError? error = stored.Type switch
        {
            null => null,
            nameof(InvalidTransitionError) => new InvalidTransitionError(stored.Message!, stored.CurrentStatus!.Value),
            nameof(InvalidFieldError) => new InvalidFieldError(stored.Field!, stored.Message!),
            nameof(NoSeatsLeftError) => new NoSeatsLeftError(stored.Message!),
            nameof(PeriodConflictError) => new PeriodConflictError(stored.Message!),
            nameof(AlreadyAppliedError) => new AlreadyAppliedError(stored.Message!),
            nameof(GradeMismatchError) => new GradeMismatchError(stored.Message!),
            nameof(OfferNotAvailableError) => new OfferNotAvailableError(stored.Message!),
            nameof(WeeksNotOfferedError) => new WeeksNotOfferedError(stored.Message!),
            _ => throw new InvalidOperationException($"Unknown stored error {stored.Type}."),
        };
        return new MutationOutcome(stored.ApplicationId, error);
    }

    private sealed record StoredOutcome(long? ApplicationId, string? Type, string? Message, ApplicationStatus? CurrentStatus, string? Field);
}
