using GraphQL.Types;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Schools.PreRegistration;

public sealed class PreRegisterPupilsInputType : InputObjectGraphType
{
    public PreRegisterPupilsInputType()
    {
        Name = "PreRegisterPupilsInput";
        Description = "Pupils to pre-register in the signed-in staff member's school, all or none.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreRegisterPupilInputType>>>>("pupils")
            .Description("The pupils: 1 to 1,000 rows, each with an INE not yet registered and not repeated.");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKeyField.Description);
    }
}
