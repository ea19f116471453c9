namespace Stage.Api.Schools.PreRegistration;

/// <summary>Why a row of a pre-registration was refused.</summary>
public enum PupilRowProblem
{
    Required,
    TooLong,
    InvalidIne,
    DuplicateInInput,
    AlreadyRegistered,
    GradeNotTaught,
    ImplausibleBirthDate,
}
