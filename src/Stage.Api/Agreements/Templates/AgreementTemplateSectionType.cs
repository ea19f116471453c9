using GraphQL.Types;

namespace Stage.Api.Agreements.Templates;

public sealed class AgreementTemplateSectionType : ObjectGraphType<AgreementTemplateSection>
{
    public AgreementTemplateSectionType()
    {
        Name = "AgreementTemplateSection";
        Description = "A section of the model agreement.";
        Field(s => s.Title).Description("Its French title.");
        Field<NonNullGraphType<AgreementFillerType>>("filledBy").Description("Who fills it.").Resolve(c => c.Source.FilledBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementTemplateFieldType>>>>("fields")
            .Description("Its fields, in order.").Resolve(c => c.Source.Fields);
    }
}
