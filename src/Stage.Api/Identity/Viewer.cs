using Stage.Api.Kit.Parties;
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
    long? OperatorId)
{
    /// <summary>
    /// The side this viewer stands on among a case's parties (staff stand for their school), for
    /// <see cref="PartyAccess"/>; null when the account links to nothing on its side.
    /// </summary>
    public Party? Party => Kind switch
    {
        AccountKind.Pupil => On(PartySide.Pupil, PupilId),
        AccountKind.Staff => On(PartySide.School, SchoolId),
        AccountKind.EmployerMember => On(PartySide.Employer, EmployerId),
        AccountKind.Operator => On(PartySide.Operator, OperatorId),
        AccountKind.Admin => new Party(PartySide.Administration, AccountId),
        _ => null,
    };

    private static Party? On(PartySide side, long? id) => id is { } value ? new Party(side, value) : null;
}
