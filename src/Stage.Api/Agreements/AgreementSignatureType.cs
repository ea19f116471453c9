using GraphQL.Types;

namespace Stage.Api.Agreements;

public sealed class AgreementSignatureType : ObjectGraphType<AgreementSignature>
{
    public AgreementSignatureType()
    {
        Name = "AgreementSignature";
        Description = "One signatory's signature.";
        Field<NonNullGraphType<SignatoryType>>("role").Description("The role signed in.").Resolve(c => c.Source.Role);
        Field(s => s.SignerName).Description("Who signed.");
        Field(s => s.SignedAt).Description("When.");
    }
}
