using static Stage.Api.Applications.ApplicationStatus;

namespace Stage.Api.Applications;

/// <summary>The transition table of DOMAIN.md: from which statuses each action may start, where it leads, who makes it.</summary>
public static class ApplicationTransitions
{
    public static readonly ApplicationStatus[] Pending = [Submitted, Read, AcceptedByEmployer];

    public static (ApplicationStatus[] From, ApplicationStatus To, ApplicationActor By) Of(ApplicationAction action) => action switch
    {
        ApplicationAction.MarkRead => ([Submitted], Read, ApplicationActor.Employer),
        ApplicationAction.Accept => ([Submitted, Read], AcceptedByEmployer, ApplicationActor.Employer),
        ApplicationAction.Reject => ([Submitted, Read], Rejected, ApplicationActor.Employer),
        ApplicationAction.Confirm => ([AcceptedByEmployer], Confirmed, ApplicationActor.Pupil),
        ApplicationAction.Withdraw => ([Submitted, Read, AcceptedByEmployer, Confirmed], Withdrawn, ApplicationActor.Pupil),
        ApplicationAction.Cancel => ([AcceptedByEmployer, Confirmed], CanceledByEmployer, ApplicationActor.Employer),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
