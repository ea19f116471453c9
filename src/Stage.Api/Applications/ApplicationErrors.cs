using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications;

public sealed record AlreadyAppliedError(string Message) : IBusinessError;

public sealed class AlreadyAppliedErrorType() : BusinessErrorType<AlreadyAppliedError>("AlreadyAppliedError", "The pupil has already applied to this offer (one application per pupil and offer).");

public sealed record GradeMismatchError(string Message) : IBusinessError;

public sealed class GradeMismatchErrorType() : BusinessErrorType<GradeMismatchError>("GradeMismatchError", "The offer is not open to the pupil's grade.");

public sealed record InvalidTransitionError(string Message, ApplicationStatus CurrentStatus) : IBusinessError;

public sealed class InvalidTransitionErrorType : BusinessErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("InvalidTransitionError", "The application's current status does not allow this change.")
    {
        Field<NonNullGraphType<ApplicationStatusType>>("currentStatus")
            .Description("The application's status now.").Resolve(c => c.Source.CurrentStatus);
    }
}

public sealed record NoSeatsLeftError(string Message) : IBusinessError;

public sealed class NoSeatsLeftErrorType() : BusinessErrorType<NoSeatsLeftError>("NoSeatsLeftError", "No seat is left on the offer: every seat is taken by a confirmed internship.");

public sealed record OfferNotAvailableError(string Message) : IBusinessError;

public sealed class OfferNotAvailableErrorType() : BusinessErrorType<OfferNotAvailableError>("OfferNotAvailableError", "The offer does not take applications: there is no such offer, it is not published, or it has no seat left.");

public sealed record PeriodConflictError(string Message) : IBusinessError;

public sealed class PeriodConflictErrorType() : BusinessErrorType<PeriodConflictError>("PeriodConflictError", "The pupil already has a confirmed internship on overlapping weeks.");

public sealed record WeekStartedError(string Message, IReadOnlyList<string> Weeks) : IBusinessError;

public sealed class WeekStartedErrorType : BusinessErrorType<WeekStartedError>
{
    public WeekStartedErrorType() : base("WeekStartedError",
        "A chosen week has started or is over (its Monday is today or past, in France): a pupil applies only for weeks to come.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The chosen ISO weeks that have started, like \"2026-W25\".").Resolve(c => c.Source.Weeks);
    }
}

public sealed record WeeksNotOfferedError(string Message) : IBusinessError;

public sealed class WeeksNotOfferedErrorType() : BusinessErrorType<WeeksNotOfferedError>("WeeksNotOfferedError", "The chosen weeks are not among the offer's, are not consecutive, or are too many for the grade.");
