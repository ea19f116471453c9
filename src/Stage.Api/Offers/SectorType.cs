using GraphQL.Types;
using Stage.Api.GraphQL.Relay;

namespace Stage.Api.Offers;

public sealed class SectorType : ObjectGraphType<Sector>
{
    public const string TypeName = "Sector";

    public SectorType()
    {
        Name = TypeName;
        Description = "A sector of activity, as listed by the national platform (51 sectors).";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The sector's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(s => s.Code).Description("The sector's stable API code, from s1 to s51.");
        Field(s => s.Name).Description("The sector's name, in French.");
    }
}
