using GraphQL.Types;

namespace Stage.Api.Agreements;

/// <summary>The agreement life cycle of DOMAIN.md: filled by the host, validated by the school, signed by all four.</summary>
public enum AgreementStatus
{
    Draft,
    CompletedByEmployer,
    ValidatedBySchool,
    SignedByAll,
}

public sealed class AgreementStatusType : EnumerationGraphType<AgreementStatus>
{
    public AgreementStatusType()
    {
        Name = "AgreementStatus";
        Description = "Where an internship agreement stands.";
        Values["DRAFT"]!.Description = "Created on confirmation, pre-filled; the host fills its part.";
        Values["COMPLETED_BY_EMPLOYER"]!.Description = "The host's part is complete (tutor, activity, daily hours); the school fills and validates its part.";
        Values["VALIDATED_BY_SCHOOL"]!.Description = "Validated by the school: the PDF exists and the four signatories sign.";
        Values["SIGNED_BY_ALL"]!.Description = "Signed by the school head, the host, the pupil and the legal representative.";
    }
}
