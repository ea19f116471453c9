namespace Stage.Api.Agreements;

/// <summary>The two parts of an agreement that people fill: the host's and the school's.</summary>
public enum AgreementPart
{
    Employer,
    School,
}
