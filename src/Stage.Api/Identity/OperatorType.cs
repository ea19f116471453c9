using GraphQL.Types;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Identity;

public sealed class OperatorType : ObjectGraphType<Operator>
{
    public const string TypeName = "Operator";

    public OperatorType()
    {
        Name = TypeName;
        Description = "An organisation publishing offers in bulk through the API: association, ministry, partner network...";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The operator's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(o => o.Name).Description("The operator's name.");
    }
}
