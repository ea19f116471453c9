using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Schools.PreRegistration;

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
