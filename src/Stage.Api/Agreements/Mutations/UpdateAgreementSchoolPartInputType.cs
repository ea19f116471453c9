using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementSchoolPartInputType : AgreementInputType
{
    public UpdateAgreementSchoolPartInputType()
        : base("UpdateAgreementSchoolPartInput", "The school's fields to change; fields left out are kept, null clears one.")
    {
        Field<StringGraphType>("schoolHeadName").Description("The head of the school, who signs.");
        Field<StringGraphType>("referentTeacherName").Description("The teacher who follows the internship.");
        Field<StringGraphType>("referentTeacherEmail").Description("The referent teacher's email.");
        Field<StringGraphType>("legalRepresentativeName").Description("The pupil's legal representative, who signs through a link.");
        Field<StringGraphType>("legalRepresentativeEmail").Description("The legal representative's email.");
    }
}
