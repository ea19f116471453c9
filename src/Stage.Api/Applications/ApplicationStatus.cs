using GraphQL.Types;

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

public sealed class ApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public ApplicationStatusType()
    {
        Name = "ApplicationStatus";
        Description = "Where an application stands. Pending: SUBMITTED, READ, ACCEPTED_BY_EMPLOYER.";
        Values["SUBMITTED"]!.Description = "Sent by the pupil, not yet opened by the employer.";
        Values["READ"]!.Description = "Opened by the employer.";
        Values["ACCEPTED_BY_EMPLOYER"]!.Description = "Accepted by the employer; the pupil has 15 days to confirm.";
        Values["CONFIRMED"]!.Description = "Confirmed by the pupil: a seat is taken and the agreement can be filled.";
        Values["REJECTED"]!.Description = "Rejected by the employer.";
        Values["WITHDRAWN"]!.Description = "Withdrawn by the pupil (or by confirming another internship on the same weeks).";
        Values["CANCELED_BY_EMPLOYER"]!.Description = "Cancelled by the employer after accepting it.";
        Values["EXPIRED"]!.Description = "Left pending for 15 days without an answer.";
    }
}
