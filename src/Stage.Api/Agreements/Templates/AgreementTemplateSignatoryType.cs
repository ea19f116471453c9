using GraphQL.Types;

namespace Stage.Api.Agreements.Templates;

public sealed class AgreementTemplateSignatoryType : ObjectGraphType<AgreementTemplateSignatory>
{
    public AgreementTemplateSignatoryType()
    {
        Name = "AgreementTemplateSignatory";
        Description = "A signature box of the model agreement.";
        Field<NonNullGraphType<SignatoryType>>("role").Description("Who signs there.").Resolve(c => c.Source.Role);
        Field(s => s.Label).Description("Its French label.");
    }
}
