using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>
/// A pupil applies: the offer takes applications (published, seats left, and visible to the pupil: an offer
/// reserved to other schools is refused as a missing one), it is open to the pupil's grade, the weeks are the
/// offer's (one for 4e/3e, one or two consecutive for 2nde) and still to come, one application per pupil and offer.
/// </summary>
public sealed class ApplyToOffer(IdempotentTransaction<MutationOutcome> transactions, SchoolCalendar calendar, TimeProvider clock)
{
    public Task<MutationOutcome> RunAsync(Viewer viewer, ApplyToOfferCommand command, IdempotencyRequest? idempotency, CancellationToken cancellationToken)
    {
        if (viewer is not { Kind: AccountKind.Pupil, PupilId: { } pupilId })
        {
            throw new ForbiddenError("Only pupils apply to offers.");
        }

        var motivation = command.Motivation.Trim();
        if (motivation.Length is 0 or > ApplicationConfiguration.MaxMotivationLength)
        {
            return Task.FromResult(MutationOutcome.Refused(new InvalidFieldError("motivation",
                $"The motivation is required and at most {ApplicationConfiguration.MaxMotivationLength} characters long.")));
        }

        var weeks = new List<DateOnly>();
        foreach (var week in command.Weeks)
        {
            if (!IsoWeek.TryParse(week, out var monday))
            {
                return Task.FromResult(MutationOutcome.Refused(new InvalidFieldError("weeks", $"'{week}' is not an ISO week such as 2026-W25.")));
            }

            weeks.Add(monday);
        }

        weeks = [.. weeks.Distinct().Order()];
        if (weeks.Where(calendar.HasStarted).Select(IsoWeek.Format).ToArray() is [_, ..] started)
        {
            return Task.FromResult(MutationOutcome.Refused(new WeekStartedError(
                $"{string.Join(", ", started)} {(started.Length == 1 ? "has" : "have")} already started: choose a week to come.", started)));
        }

        return transactions.RunAsync(viewer.AccountId, idempotency, async transaction =>
        {
            // An offer reserved to other schools is read as missing: the refusal is the one of an offer that does not exist.
            var parameters = new SqlParameters();
            var sql = $"SELECT o.status, o.remaining_seats, o.grades, o.weeks, p.grade FROM offers o, pupils p " +
                $"WHERE o.id = {parameters.Add(command.OfferId)} AND p.id = {parameters.Add(pupilId)}";
            if (OfferVisibility.Sql(OfferCaller.Of(viewer), parameters) is { } visible)
            {
                sql += " AND " + visible;
            }

            await using var read = transaction.Command(sql);
            parameters.CopyTo(read);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)
                || reader.GetFieldValue<OfferStatus>(0) != OfferStatus.Published || reader.GetInt32(1) <= 0)
            {
                return MutationOutcome.Refused(new OfferNotAvailableError("This offer does not take applications (it does not exist, is not published or is full)."));
            }

            var grade = reader.GetFieldValue<Grade>(4);
            if (!reader.GetFieldValue<Grade[]>(2).Contains(grade))
            {
                return MutationOutcome.Refused(new GradeMismatchError($"This offer is not open to pupils of {grade}."));
            }

            var offered = reader.GetFieldValue<DateOnly[]>(3);
            await reader.CloseAsync();
            if (!WeeksFit(weeks, offered, grade))
            {
                return MutationOutcome.Refused(new WeeksNotOfferedError(grade == Grade.Seconde
                    ? "Choose one week, or two consecutive weeks, among the offer's."
                    : "Choose exactly one week among the offer's."));
            }

            var now = clock.GetUtcNow();
            var id = await transaction.ScalarAsync<long?>(
                "INSERT INTO applications (pupil_id, offer_id, weeks, motivation, status, submitted_at, status_changed_at) " +
                "VALUES ($1, $2, $3, $4, 'submitted', $5, $5) ON CONFLICT (pupil_id, offer_id) DO NOTHING RETURNING id",
                cancellationToken, pupilId, command.OfferId, weeks.ToArray(), motivation, now);
            if (id is null)
            {
                return MutationOutcome.Refused(new AlreadyAppliedError("You have already applied to this offer."));
            }

            await ApplicationEventLog.AppendAsync(transaction, id.Value, null, ApplicationStatus.Submitted, viewer, null, now, cancellationToken);
            return MutationOutcome.Done(id.Value);
        }, cancellationToken);
    }

    private static bool WeeksFit(List<DateOnly> weeks, DateOnly[] offered, Grade grade) =>
        weeks.Count >= 1 && weeks.All(offered.Contains) && (grade == Grade.Seconde
            ? weeks.Count == 1 || (weeks.Count == 2 && weeks[1].DayNumber - weeks[0].DayNumber == 7)
            : weeks.Count == 1);
}

/// <summary>A pupil's application as sent: the offer, the chosen ISO weeks ("2026-W25"), the motivation.</summary>
public sealed record ApplyToOfferCommand(long OfferId, IReadOnlyList<string> Weeks, string Motivation);
