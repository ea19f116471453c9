using Stage.Api.Schools;

namespace Stage.Api.Identity;

/// <summary>
/// Who is asking: the account a token maps to and what it links to. <see cref="SchoolId"/> is the
/// pupil's or the staff member's school; <see cref="EmployerId"/> the employer member's employer.
/// </summary>
public sealed record Viewer(
    long AccountId,
    AccountKind Kind,
    long? PupilId,
    long? StaffMemberId,
    StaffRole? StaffRole,
    long? SchoolId,
    long? EmployerMemberId,
    long? EmployerId,
    long? OperatorId);
