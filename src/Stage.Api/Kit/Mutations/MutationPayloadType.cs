using GraphQL.Types;

namespace Stage.Api.Kit.Mutations;

/// <summary>
/// Base of a mutation's payload type: named after its union of typed errors (<c>XxxError</c> gives
/// <c>XxxPayload</c>), with the <c>errors</c> field listing them, added where the payload's fields put it.
/// </summary>
public abstract class MutationPayloadType<TPayload, TErrors> : ObjectGraphType<TPayload>
    where TErrors : ErrorUnionType, new()
{
    protected MutationPayloadType(string description)
    {
        Name = new TErrors().Name.Replace("Error", "Payload", StringComparison.Ordinal);
        Description = description;
    }

    protected void AddErrors(Func<TPayload, IReadOnlyList<IBusinessError>?> errors, string description = "Why the change was refused; null when it was made.") =>
        Field<ListGraphType<NonNullGraphType<TErrors>>>("errors").Description(description).Resolve(c => errors(c.Source));
}
