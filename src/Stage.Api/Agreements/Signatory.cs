using GraphQL.Types;

namespace Stage.Api.Agreements;

/// <summary>The four signatories of an agreement.</summary>
public enum Signatory
{
    SchoolHead,
    Employer,
    Pupil,
    LegalRepresentative,
}

public sealed class SignatoryType : EnumerationGraphType<Signatory>
{
    public SignatoryType()
    {
        Name = "Signatory";
        Description = "A role in which an agreement is signed.";
        Values["SCHOOL_HEAD"]!.Description = "The head of the pupil's school (chef d'établissement).";
        Values["EMPLOYER"]!.Description = "The host structure, through one of its members or the offer's operator.";
        Values["PUPIL"]!.Description = "The pupil.";
        Values["LEGAL_REPRESENTATIVE"]!.Description = "The pupil's legal representative, through a single-use signing link.";
    }
}
