using GraphQL.Types;

namespace Stage.Api.Kit.Mutations;

/// <summary>A refusal by a business rule: data in a payload, not a GraphQL error.</summary>
public interface IBusinessError
{
    string Message { get; }
}

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

/// <summary>
/// Base of the graph types of typed errors: the <c>Error</c> interface and its message. Declaring a graph type
/// for an error record registers the record in <see cref="BusinessErrorRegistry"/>: its unions and its replay.
/// </summary>
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

/// <summary>
/// Base of the unions of typed errors a mutation can answer (HotChocolate's mutation conventions), listing
/// the error records; their graph types come from <see cref="BusinessErrorRegistry"/>.
/// </summary>
public abstract class ErrorUnionType : UnionGraphType
{
    /// <summary>
    /// The mutation's refusals; <see cref="InvalidFieldError"/> is always one of them, since every mutation checks
    /// fields its input types cannot (an idempotency key's length, a text's bounds).
    /// </summary>
    protected ErrorUnionType(string name, params Type[] errors)
    {
        Name = name;
        Description = "The refusals this mutation can answer; each implements `Error`.";
        foreach (var error in errors.Append(typeof(InvalidFieldError)).Distinct())
        {
            Type(BusinessErrorRegistry.GraphTypeOf(error));
        }
    }
}

/// <summary>An input field whose value breaks a rule (too long, out of range...).</summary>
public sealed record InvalidFieldError(string Field, string Message) : IBusinessError;

public sealed class InvalidFieldErrorType : BusinessErrorType<InvalidFieldError>
{
    public InvalidFieldErrorType() : base("InvalidFieldError", "An input field's value breaks a rule.")
    {
        Field(e => e.Field).Description("The input field, as a path from `input` (e.g. `motivation`).");
    }
}
