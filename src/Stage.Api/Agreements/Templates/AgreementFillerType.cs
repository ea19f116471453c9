using GraphQL.Types;

namespace Stage.Api.Agreements.Templates;

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
