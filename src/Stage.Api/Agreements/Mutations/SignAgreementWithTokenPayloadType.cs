using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementWithTokenPayloadType : ObjectGraphType<SignAgreementWithTokenPayload>
{
    public SignAgreementWithTokenPayloadType()
    {
        Name = "SignAgreementWithTokenPayload";
        Description = "The legal representative's signature, or why it was refused.";
        Field<AgreementSignatureType>("signature").Description("The signature made; null when refused.").Resolve(c => c.Source.Signature);
        Field<ListGraphType<NonNullGraphType<SignAgreementWithTokenErrorType>>>("errors")
            .Description("Why the signature was refused; null when it was made.").Resolve(c => c.Source.Errors);
    }
}
