using GraphQL.Types;
using Stage.Api.Offers;

namespace Stage.Api.Agreements.Templates;

public sealed class AgreementTemplateType : ObjectGraphType<AgreementTemplate>
{
    public AgreementTemplateType()
    {
        Name = "AgreementTemplate";
        Description = "The model internship agreement of a grade, in French: its sections of fields, its legal mentions, its blank PDF.";
        Field<NonNullGraphType<GradeType>>("grade").Description("The grade it is for.").Resolve(c => c.Source.Grade);
        Field(t => t.Title).Description("The agreement's title.");
        Field(t => t.Reference).Description("The official model it follows.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementTemplateSectionType>>>>("sections")
            .Description("Its sections, in order.").Resolve(c => c.Source.Sections);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("legalMentions")
            .Description("Its articles (legal mentions), in order.").Resolve(c => c.Source.LegalMentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementTemplateSignatoryType>>>>("signatories")
            .Description("Its signature boxes, in order.").Resolve(c => c.Source.Signatories);
        Field<NonNullGraphType<StringGraphType>>("pdfUrl")
            .Description("A blank PDF of it, served by the API to anyone (relative to the API's root).")
            .Resolve(c => AgreementPdfRoutes.Template(c.Source.Grade));
    }
}
