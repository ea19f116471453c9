using GraphQL.Types;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>Base of the unions of typed errors a mutation can answer (HotChocolate's mutation conventions).</summary>
public abstract class ErrorUnionType : UnionGraphType
{
    protected ErrorUnionType(string name, params Type[] errorTypes)
    {
        Name = name;
        Description = "The refusals this mutation can answer; each implements `Error`.";
        foreach (var errorType in errorTypes)
        {
            Type(errorType);
        }
    }
}
