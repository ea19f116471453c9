using GraphQL.Types;
using GraphQL;
using Stage.Api.Schools;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements.Templates;

/// <summary><c>agreementTemplate(grade)</c>: the model agreement pupils and hosts may read before anything is signed.</summary>
public sealed class AgreementTemplateQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<AgreementTemplateType>>("agreementTemplate")
            .Description("The model internship agreement for a grade (public): 2nde follows the ministry's annex, 4e and 3e the collège model.")
            .Argument<NonNullGraphType<GradeType>>("grade", "The pupil's grade.")
            .Resolve(context => AgreementTemplates.For(context.GetArgument<Grade>("grade")));
}

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

public sealed class AgreementTemplateFieldType : ObjectGraphType<AgreementTemplateField>
{
    public AgreementTemplateFieldType()
    {
        Name = "AgreementTemplateField";
        Description = "A field of the model agreement.";
        Field(f => f.Key).Description("The `Agreement` field holding its value, e.g. `tutorName`.");
        Field(f => f.Label).Description("Its French label, e.g. \"Nom du tuteur\".");
    }
}

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

public sealed class AgreementFillerType : EnumerationGraphType<AgreementFiller>
{
    public AgreementFillerType()
    {
        Name = "AgreementFiller";
        Description = "Who fills a section of the agreement.";
        Values["PLATFORM"]!.Description = "Pre-filled on confirmation from the pupil, the offer and the application.";
        Values["EMPLOYER"]!.Description = "The host structure (`updateAgreementEmployerPart`).";
        Values["SCHOOL"]!.Description = "The pupil's school staff (`updateAgreementSchoolPart`).";
    }
}
