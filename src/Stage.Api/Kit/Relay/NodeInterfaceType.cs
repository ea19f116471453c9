using GraphQL.Types;

namespace Stage.Api.Kit.Relay;

public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id.");
    }
}
