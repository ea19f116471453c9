using System.Text.Json;
using Stage.Api.GraphQL.Mutations;
using Stage.Api.Offers.Management.Errors;

namespace Stage.Api.Offers.Management;

/// <summary>Stores an offer mutation's outcome with its idempotency key, and reads it back for a retry.</summary>
public static class OfferOutcomeJson
{
    public static string Write(OfferOutcome outcome) => JsonSerializer.Serialize(new StoredOutcome(
        outcome.OfferIds,
        outcome.Counts,
        outcome.Errors?.Select(e => e switch
        {
            InvalidFieldError f => new StoredError(nameof(InvalidFieldError), f.Message, f.Field, null, null, null),
            UpsertOfferItemError i => new StoredError(nameof(UpsertOfferItemError), i.Message, i.Field, i.Index, i.RemoteId, null),
            OfferHasInternshipsError h => new StoredError(nameof(OfferHasInternshipsError), h.Message, null, null, null, h.SeatsTaken),
            _ => new StoredError(e.GetType().Name, e.Message, null, null, null, null),
        }).ToList()));

    public static OfferOutcome Read(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredOutcome>(json) ?? throw new InvalidOperationException("Empty stored outcome.");
        var errors = stored.Errors?.Select(e => e.Type switch
        {
            nameof(InvalidFieldError) => (IBusinessError)new InvalidFieldError(e.Field!, e.Message),
            nameof(UpsertOfferItemError) => new UpsertOfferItemError(e.Index!.Value, e.RemoteId, e.Field!, e.Message),
            nameof(OfferHasInternshipsError) => new OfferHasInternshipsError(e.Message, e.SeatsTaken!.Value),
            nameof(OfferRemovedError) => new OfferRemovedError(e.Message),
            _ => throw new InvalidOperationException($"Unknown stored error {e.Type}."),
        }).ToList();
        return new OfferOutcome(stored.OfferIds, errors, stored.Counts);
    }

    private sealed record StoredOutcome(IReadOnlyList<long> OfferIds, UpsertCounts? Counts, List<StoredError>? Errors);

    private sealed record StoredError(string Type, string Message, string? Field, int? Index, string? RemoteId, int? SeatsTaken);
}
