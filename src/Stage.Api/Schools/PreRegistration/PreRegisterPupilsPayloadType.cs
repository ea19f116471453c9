using GraphQL.Types;
using Stage.Api.Identity;

namespace Stage.Api.Schools.PreRegistration;

public sealed class PreRegisterPupilsPayloadType : ObjectGraphType<PreRegisterPupilsPayload>
{
    public PreRegisterPupilsPayloadType()
    {
        Name = "PreRegisterPupilsPayload";
        Description = "The pupils pre-registered, or why none was: the call writes all its rows or none.";
        Field<ListGraphType<NonNullGraphType<PupilType>>>("pupils")
            .Description("The pupils created, in the order of `input.pupils`; null when the call was refused.").Resolve(c => c.Source.Pupils);
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many pupils were created: all the rows, or 0 when the call was refused.").Resolve(c => c.Source.Count);
        Field<ListGraphType<NonNullGraphType<PreRegisterPupilsErrorType>>>("errors")
            .Description("Why the call was refused, every problem of every row; null when the pupils were created.").Resolve(c => c.Source.Errors);
    }
}
