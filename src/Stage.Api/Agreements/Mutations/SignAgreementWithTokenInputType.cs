using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementWithTokenInputType : InputObjectGraphType
{
    public SignAgreementWithTokenInputType()
    {
        Name = "SignAgreementWithTokenInput";
        Description = "The legal representative's signature, authorised by the single-use token of the link the school sent.";
        Field<NonNullGraphType<StringGraphType>>("token").Description("The signing token.");
    }
}
