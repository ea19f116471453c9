using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Parties;

namespace Stage.Api.Kit.Requests;

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

public enum AccountKind
{
    Pupil,
    Staff,
    EmployerMember,
    Operator,
    Admin,
}

public enum StaffRole
{
    SchoolHead,
    Teacher,
    Cpe,
    AdministrativeStaff,
}

/// <summary>The viewer of the request being resolved.</summary>
public static class ViewerAccess
{
    /// <summary>The viewer, or null for an anonymous request.</summary>
    public static Viewer? Viewer(this IResolveFieldContext context) => (context.UserContext as StageUserContext)?.Viewer;

    /// <summary>The viewer; an <c>UNAUTHENTICATED</c> error for an anonymous request.</summary>
    public static Viewer RequireViewer(this IResolveFieldContext context) => context.Viewer() ?? throw new UnauthenticatedError();
}

/// <summary>An anonymous request asked for something only a signed-in viewer may see or do.</summary>
public sealed class UnauthenticatedError : ExecutionError
{
    public UnauthenticatedError() : base("Sign in first: send a token in the Authorization header (Bearer).")
    {
        Code = ErrorCodes.Unauthenticated;
    }
}
