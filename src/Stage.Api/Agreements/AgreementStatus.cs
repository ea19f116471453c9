namespace Stage.Api.Agreements;

/// <summary>The agreement life cycle of DOMAIN.md: filled by the host, validated by the school, signed by all four.</summary>
public enum AgreementStatus
{
    Draft,
    CompletedByEmployer,
    ValidatedBySchool,
    SignedByAll,
}
