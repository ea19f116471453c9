using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>
/// What a pre-registration did: the pupils it created (in the order of the input), or why it wrote nothing; and those
/// pupils with their school as its transaction left them (read before the commit, never stored with an idempotency key).
/// </summary>
public sealed record PreRegistrationOutcome(
    IReadOnlyList<long> PupilIds, IReadOnlyList<IBusinessError> Errors, [property: JsonIgnore] IReadOnlyList<Pupil>? Pupils = null)
    : IIdempotentOutcome<PreRegistrationOutcome>
{
    public static PreRegistrationOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public bool IsRefused => Errors.Count > 0;

    public static PreRegistrationOutcome Done(IReadOnlyList<long> pupilIds) => new(pupilIds, []);

    public static PreRegistrationOutcome Refused(params IBusinessError[] errors) => new([], errors);

    public static PreRegistrationOutcome Refused(IReadOnlyList<IBusinessError> errors) => new([], errors);
}

/// <summary>The pupils an outcome names, with their school, in its order.</summary>
public sealed class PreRegistrationSnapshot : IOutcomeSnapshot<PreRegistrationOutcome>
{
    public async Task<PreRegistrationOutcome> TakeAsync(StageDbContext db, PreRegistrationOutcome outcome, CancellationToken cancellationToken)
    {
        var ids = outcome.PupilIds;
        var pupils = ids.Count == 0 ? [] : await db.Pupils.AsNoTracking().Include(p => p.School)
            .Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return outcome with { Pupils = [.. ids.Where(pupils.ContainsKey).Select(id => pupils[id])] };
    }
}
