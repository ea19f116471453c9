namespace Stage.Api.Agreements;

/// <summary>The four signatories of an agreement.</summary>
public enum Signatory
{
    SchoolHead,
    Employer,
    Pupil,
    LegalRepresentative,
}
