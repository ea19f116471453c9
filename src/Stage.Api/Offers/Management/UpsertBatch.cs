using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management;

/// <summary>
/// The transactional part of a bulk upsert: resolves the employers (which locks the operator: its
/// writes run one at a time), locks the operator's offers with the batch's remote ids, checks what
/// needs them (seats taken, removed offers, employers, reserved schools), then writes every row in two statements.
/// </summary>
public static class UpsertBatch
{
    public static async Task<OfferOutcome> WriteAsync(
        NpgsqlTransaction transaction, long operatorId, IReadOnlyList<ValidOfferDraft> items, CancellationToken cancellationToken)
    {
        var remoteIds = items.Select(i => i.RemoteId!).ToArray();
        var employerIds = await OperatorEmployers.ResolveAsync(transaction, operatorId, [.. items.Select(i => i.Employer)], cancellationToken);
        var existing = await LockAsync(transaction, operatorId, remoteIds, cancellationToken);
        var schools = await OfferReservation.FindSchoolsAsync(transaction, items.SelectMany(i => i.ReservedUais ?? []), cancellationToken);

        var errors = new List<IBusinessError>();
        var rows = new List<OfferWrite>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var current = existing.GetValueOrDefault(item.RemoteId!);
            void Refuse(string field, string message) => errors.Add(new UpsertOfferItemError(i, item.RemoteId, $"offers[{i}].{field}", message));
            if (current is not null && item.Offer.Seats < current.SeatsTaken)
            {
                Refuse("seats", $"{current.SeatsTaken} seats are already taken by confirmed internships: the offer cannot have fewer.");
            }

            if (current?.Status == OfferStatus.Removed && item.Publish == true)
            {
                Refuse("publish", "This offer was removed: it cannot be published again. Give it a new remote id to publish it anew.");
            }

            if (employerIds[i] is null)
            {
                Refuse("employerId", "Not one of your employers (the employers of your offers): give newEmployer to create one.");
            }

            var reserved = item.ReservedUais is { } uais ? OfferReservation.Resolve(uais, schools, Refuse) : null;
            var status = item.Publish switch
            {
                true => OfferStatus.Published,
                false => OfferStatus.Unpublished,
                null => current?.Status ?? OfferStatus.Unpublished,
            };
            rows.Add(new OfferWrite(item.Offer, employerIds[i] ?? 0, item.RemoteId, current?.Status == OfferStatus.Removed ? OfferStatus.Removed : status, reserved));
        }

        if (errors.Count > 0)
        {
            return OfferOutcome.Refused(errors);
        }

        // Known offers: one UPDATE that skips unchanged rows (no write, no trigger). New ones: one INSERT, whose
        // ON CONFLICT DO UPDATE is only a safety net: the operator's lock already keeps concurrent calls apart.
        var known = Enumerable.Range(0, items.Count).Where(i => existing.ContainsKey(remoteIds[i])).ToList();
        var changed = known.Count == 0 ? 0 : await OfferRowsSql.UpdateAsync(transaction,
            [.. known.Select(i => existing[remoteIds[i]].Id)], [.. known.Select(i => rows[i])], cancellationToken);
        List<OfferWrite> fresh = [.. rows.Where((_, i) => !existing.ContainsKey(remoteIds[i]))];
        var written = fresh.Count == 0 ? [] : await OfferRowsSql.InsertAsync(transaction, operatorId, fresh, updateExisting: true, cancellationToken);
        var ids = existing.ToDictionary(e => e.Key, e => e.Value.Id, StringComparer.Ordinal);
        foreach (var offer in written)
        {
            ids[offer.RemoteId!] = offer.Id;
        }

        var created = written.Count(w => w.Inserted);
        var updated = changed + written.Count - created;
        return new OfferOutcome([.. remoteIds.Select(r => ids[r])], null, new UpsertCounts(created, updated, items.Count - created - updated));
    }

    private static async Task<Dictionary<string, ExistingRemoteOffer>> LockAsync(
        NpgsqlTransaction transaction, long operatorId, string[] remoteIds, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(
            "SELECT remote_id, id, status, seats_taken FROM offers WHERE operator_id = $1 AND remote_id = ANY($2) FOR UPDATE",
            operatorId, remoteIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var offers = new Dictionary<string, ExistingRemoteOffer>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            offers[reader.GetString(0)] = new ExistingRemoteOffer(reader.GetInt64(1), reader.GetFieldValue<OfferStatus>(2), reader.GetInt32(3));
        }

        return offers;
    }
}

/// <summary>An operator's offer already stored under a remote id of a bulk upsert, locked for it.</summary>
public sealed record ExistingRemoteOffer(long Id, OfferStatus Status, int SeatsTaken);
