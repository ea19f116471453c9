using GraphQL.Types;
using Stage.Api.Kit.Schema;
using Stage.Api.Offers;

namespace Stage.Api.Schools.PreRegistration;

/// <summary>
/// One pupil to pre-register. Every field is nullable in the schema so that a missing one is reported
/// for its row (<c>REQUIRED</c>) with the others, instead of failing the whole request.
/// </summary>
public sealed class PreRegisterPupilInputType : InputObjectGraphType
{
    public PreRegisterPupilInputType()
    {
        Name = "PreRegisterPupilInput";
        Description = "A pupil to pre-register. All fields are required; a missing one is reported as a `PupilRowError` of its row.";
        Field<StringGraphType>(PupilRowFields.Ine)
            .Description("The national pupil number (INE): 9 digits, a digit or capital letter, a capital letter, e.g. 123456789AB. Spaces around are ignored, letters are put in capitals.");
        Field<StringGraphType>(PupilRowFields.FirstName).Description("The pupil's first name, at most 100 characters.");
        Field<StringGraphType>(PupilRowFields.LastName).Description("The pupil's last name, at most 100 characters.");
        Field<GradeType>(PupilRowFields.Grade).Description("The pupil's grade this school year; it must be taught by the school (collège: 4e, 3e; lycée: 2nde).");
        Field<StringGraphType>(PupilRowFields.ClassName).Description("The pupil's class, e.g. \"3e B\" or \"2nde 4\", at most 30 characters.");
        Field<DateType>(PupilRowFields.BirthDate).Description("The pupil's date of birth; the age at registration must be plausible for the grade.");
    }
}
