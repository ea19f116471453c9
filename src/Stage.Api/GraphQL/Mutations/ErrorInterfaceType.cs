using GraphQL.Types;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>The interface of every typed business error a mutation payload can carry.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<IBusinessError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A business rule that refused a mutation. Each kind of refusal is its own type, so clients can branch on `__typename`.";
        Field(e => e.Message).Description("What went wrong, in English, for people.");
    }
}
