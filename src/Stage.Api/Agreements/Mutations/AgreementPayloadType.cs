using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

/// <summary>The payload of one agreement mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public class AgreementPayloadType<TErrors> : ObjectGraphType<AgreementPayload>
    where TErrors : UnionGraphType, new()
{
    public AgreementPayloadType()
    {
        Name = new TErrors().Name.Replace("Error", "Payload", StringComparison.Ordinal);
        Description = "The agreement as it now stands, or why the change was refused.";
        Field<AgreementType>("agreement")
            .Description("The agreement (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Agreement);
        Field<ListGraphType<NonNullGraphType<TErrors>>>("errors")
            .Description("Why the change was refused; null when it was made.").Resolve(c => c.Source.Errors);
    }
}
