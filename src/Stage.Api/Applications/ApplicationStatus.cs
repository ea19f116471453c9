namespace Stage.Api.Applications;

/// <summary>The application life cycle of DOMAIN.md (the national platform's, with simplified names).</summary>
public enum ApplicationStatus
{
    Submitted,
    Read,
    AcceptedByEmployer,
    Confirmed,
    Rejected,
    Withdrawn,
    CanceledByEmployer,
    Expired,
}
