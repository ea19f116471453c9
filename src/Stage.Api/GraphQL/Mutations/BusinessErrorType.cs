using GraphQL.Types;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>Base of the graph types of typed errors: the <c>Error</c> interface and its message.</summary>
public abstract class BusinessErrorType<TError> : ObjectGraphType<TError>
    where TError : IBusinessError
{
    protected BusinessErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterfaceType>();
        Field(e => e.Message).Description("What went wrong, in English, for people.");
    }
}
