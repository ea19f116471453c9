using GraphQL.Types;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Agreements.Mutations;

/// <summary>The input of a change to one agreement: its id, the fields of the change, an optional idempotency key.</summary>
public abstract class AgreementInputType : InputObjectGraphType
{
    protected AgreementInputType(string name, string description, bool withIdempotencyKey = true)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's global id.");
        if (withIdempotencyKey)
        {
            Field<StringGraphType>("idempotencyKey").Description(IdempotencyKeyField.Description);
        }
    }
}
