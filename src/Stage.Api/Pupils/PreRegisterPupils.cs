using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Requests;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>
/// A staff member registers pupils in their school, all or none: every row is checked (see
/// <see cref="PupilRowValidator"/>, and no INE may be registered already, in any school), and the rows
/// are written by one statement only when none is refused.
/// </summary>
public sealed class PreRegisterPupils(IdempotentTransaction<PreRegistrationOutcome> transactions, TimeProvider clock)
{
    public const string Operation = "preRegisterPupils";

    public Task<PreRegistrationOutcome> RunAsync(Viewer viewer, IReadOnlyList<PupilRow> rows, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (viewer is not { Kind: AccountKind.Staff, SchoolId: { } schoolId })
        {
            throw new ForbiddenError("Only the staff of a school pre-register pupils.");
        }

        if (IdempotencyKeyField.Check(idempotencyKey).Error is { } keyError)
        {
            return Task.FromResult(PreRegistrationOutcome.Refused(keyError));
        }

        if (rows.Count is 0 or > PreRegistrationLimits.MaxPupils)
        {
            return Task.FromResult(PreRegistrationOutcome.Refused(new InvalidFieldError("pupils",
                $"A call registers 1 to {PreRegistrationLimits.MaxPupils} pupils; this one has {rows.Count}. Split the list.")));
        }

        return transactions.RunAsync(viewer.AccountId, IdempotencyRequest.For(idempotencyKey, Operation, rows), async transaction =>
        {
            var kind = await transaction.ScalarAsync<SchoolKind>("SELECT kind FROM schools WHERE id = $1", cancellationToken, schoolId);
            var now = clock.GetUtcNow();
            var errors = PupilRowValidator.Validate(rows, kind, DateOnly.FromDateTime(now.UtcDateTime));
            errors.AddRange(await AlreadyRegisteredAsync(transaction, rows, errors, cancellationToken));
            if (errors.Count > 0)
            {
                return PreRegistrationOutcome.Refused([.. errors.OrderBy(e => e.Index)]);
            }

            var ids = await PupilInsert.RunAsync(transaction, schoolId, rows, now, cancellationToken);
            var missing = rows.Select((row, index) => (row, index)).Where(r => !ids.ContainsKey(r.row.Ine!)).ToList();
            return missing.Count == 0
                ? PreRegistrationOutcome.Done([.. rows.Select(r => ids[r.Ine!])])
                : PreRegistrationOutcome.Refused([.. missing.Select(r => AlreadyRegistered(r.index, r.row.Ine!))]);
        }, cancellationToken);
    }

    /// <summary>Rows whose well-formed INE (without another error) is already a pupil's, in any school.</summary>
    private static async Task<IEnumerable<PupilRowError>> AlreadyRegisteredAsync(
        NpgsqlTransaction transaction, IReadOnlyList<PupilRow> rows, List<PupilRowError> errors, CancellationToken cancellationToken)
    {
        var rowsWithIneError = errors.Where(e => e.Field == PupilRowFields.Ine).Select(e => e.Index).ToHashSet();
        var candidates = rows.Select((row, index) => (row, index)).Where(r => r.row.Ine is not null && !rowsWithIneError.Contains(r.index)).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var command = transaction.Command(
            "SELECT ine FROM pupils WHERE ine = ANY($1::bpchar[])", (object)candidates.Select(r => r.row.Ine!).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }

        return candidates.Where(r => existing.Contains(r.row.Ine!)).Select(r => AlreadyRegistered(r.index, r.row.Ine!));
    }

    /// <summary>The same words whatever school the pupil is in, so that the answer reveals no other school.</summary>
    private static PupilRowError AlreadyRegistered(int index, string ine) =>
        new(index, PupilRowFields.Ine, ine, PupilRowProblem.AlreadyRegistered, "A pupil with this INE is already registered on the platform.");
}

/// <summary>The bounds of one pre-registration call.</summary>
public static class PreRegistrationLimits
{
    /// <summary>The most pupils one call registers: a large lycée's whole 2nde year fits in one call.</summary>
    public const int MaxPupils = 1_000;
}
