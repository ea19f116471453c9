using GraphQL;
using GraphQL.Types;
using Stage.Api.GraphQL;
using Stage.Api.Offers;
using Stage.Api.Schools;

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
