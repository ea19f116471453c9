using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

public sealed class IssueAgreementSigningLinkPayloadType : AgreementPayloadType<IssueAgreementSigningLinkErrorType>
{
    public IssueAgreementSigningLinkPayloadType()
    {
        Field<StringGraphType>("signingToken")
            .Description("The single-use token to send to the legal representative (e.g. in a link); shown only here, never again.")
            .Resolve(c => c.Source.Link?.Token);
        Field<Kit.Schema.DateTimeType>("expiresAt").Description("When the token stops working.").Resolve(c => c.Source.Link?.ExpiresAt);
    }
}
