using GraphQL.Types;
using Stage.Api.Kit.Mutations;


namespace Stage.Api.Pupils;

/// <summary>
/// A field of one row of a pre-registration that breaks a rule: the row's position in
/// <c>input.pupils</c> (from 0), the field's name in the row, and the row's INE as sent, to find it.
/// </summary>
public sealed record PupilRowError(int Index, string Field, string? Ine, PupilRowProblem Problem, string Message) : IBusinessError
{
    /// <summary>The field as a path from <c>input</c>, as <see cref="InvalidFieldError"/> writes it: <c>pupils[12].ine</c>.</summary>
    public string Path => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pupils[{Index}].{Field}");
}

public sealed class PupilRowErrorType : BusinessErrorType<PupilRowError>
{
    public PupilRowErrorType() : base("PupilRowError",
        "A field of one row of `preRegisterPupils` breaks a rule. Every problem of every row is listed, one per row and field.")
    {
        Field(e => e.Index).Description("The row's position in `input.pupils`, from 0.");
        Field(e => e.Field).Description("The field of the row, e.g. `ine` or `birthDate`.");
        Field(e => e.Path).Description("The field as a path from `input`, e.g. `pupils[12].ine`.");
        Field(e => e.Ine, nullable: true).Description("The row's INE as sent (trimmed, in capitals), to find the row; null when missing.");
        Field<NonNullGraphType<PupilRowProblemType>>("problem").Description("Which rule the field breaks.").Resolve(c => c.Source.Problem);
    }
}

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

public sealed class PupilRowProblemType : EnumerationGraphType<PupilRowProblem>
{
    public PupilRowProblemType()
    {
        Name = "PupilRowProblem";
        Description = "Why a row of `preRegisterPupils` was refused; one problem per row and field.";
        Values["REQUIRED"]!.Description = "The field is missing or blank.";
        Values["TOO_LONG"]!.Description = "The text is too long: names at most 100 characters, class names at most 30.";
        Values["INVALID_INE"]!.Description = "The INE is not 9 digits, then a digit or capital letter, then a capital letter (e.g. 123456789AB).";
        Values["DUPLICATE_IN_INPUT"]!.Description = "The same INE is on several rows of this call.";
        Values["ALREADY_REGISTERED"]!.Description = "A pupil with this INE is already registered on the platform (by this school or another).";
        Values["GRADE_NOT_TAUGHT"]!.Description = "The school does not teach this grade: a collège registers 4e and 3e, a lycée 2nde.";
        Values["IMPLAUSIBLE_BIRTH_DATE"]!.Description = "The pupil's age at registration is not plausible for the grade.";
    }
}
