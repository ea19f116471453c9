using GraphQL.Types;

namespace Stage.Api.Schools.PreRegistration;

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
