using GraphQL.Types;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementEmployerPartInputType : AgreementInputType
{
    public UpdateAgreementEmployerPartInputType()
        : base("UpdateAgreementEmployerPartInput", "The host's fields to change; fields left out are kept, null clears one.")
    {
        Field<StringGraphType>("tutorName").Description("The tutor's full name (at most 200 characters).");
        Field<StringGraphType>("tutorRole").Description("The tutor's position.");
        Field<StringGraphType>("tutorEmail").Description("The tutor's email.");
        Field<StringGraphType>("tutorPhone").Description("The tutor's phone (optional).");
        Field<StringGraphType>(AgreementPartFields.ActivityDescription).Description("The activities the pupil observes (at most 1,500 characters).");
        Field<ListGraphType<NonNullGraphType<DailyHoursInputType>>>(AgreementPartFields.DailyHours)
            .Description("The daily hours: at least 4 days, each with a lunch break, within the legal bounds for minors.");
    }
}
