using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;

namespace Stage.Api.Identity;

public sealed class SchoolType : ObjectGraphType<School>
{
    public const string TypeName = "School";

    public SchoolType()
    {
        Name = TypeName;
        Description = "A collège or lycée whose pupils do observation internships.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The school's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(s => s.Uai).Description("The national establishment code (UAI), e.g. 0751234A.");
        Field(s => s.Name).Description("The school's name.");
        Field<NonNullGraphType<SchoolKindType>>("kind").Description("Collège or lycée.").Resolve(context => context.Source.Kind);
    }
}
