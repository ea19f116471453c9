using System.Text.Json;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Schools.PreRegistration;

/// <summary>
/// Stores a pre-registration's outcome with its idempotency key, and reads it back for a retry. Only
/// row errors are refusals made inside the transaction; the others are found before it.
/// </summary>
public static class PreRegistrationOutcomeJson
{
    public static string Write(PreRegistrationOutcome outcome) =>
        JsonSerializer.Serialize(new Stored(outcome.PupilIds, outcome.Errors.Select(AsRowError).ToList()));

    public static PreRegistrationOutcome Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new InvalidOperationException("Empty stored outcome.");
        return new PreRegistrationOutcome(stored.PupilIds, stored.RowErrors);
    }

    private static PupilRowError AsRowError(IBusinessError error) =>
        error as PupilRowError ?? throw new InvalidOperationException($"Only row errors are stored, not {error.GetType().Name}.");

    private sealed record Stored(IReadOnlyList<long> PupilIds, IReadOnlyList<PupilRowError> RowErrors);
}
