using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Api.Identity;

public sealed class PupilType : ObjectGraphType<Pupil>
{
    public const string TypeName = "Pupil";

    public PupilType()
    {
        Name = TypeName;
        Description = "A pupil of 4e, 3e or 2nde, pre-registered by their school.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The pupil's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(p => p.FirstName).Description("The pupil's first name.");
        Field(p => p.LastName).Description("The pupil's last name.");
        Field<NonNullGraphType<GradeType>>("grade").Description("The pupil's grade this school year.").Resolve(context => context.Source.Grade);
        Field(p => p.ClassName).Description("The pupil's class, e.g. \"2nde 3\" or \"3e B\".");
        Field(p => p.BirthDate).Description("The pupil's date of birth.");
        Field<NonNullGraphType<SchoolType>>("school").Description("The pupil's school.").Resolve(context => context.Source.School);
        Schools.Pupils.PupilApplicationsField.AddTo(this);
    }
}
