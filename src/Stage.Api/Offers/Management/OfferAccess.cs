using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Who manages offers: employer members (their employer's offers) and operators (the offers they
/// published). An offer published by an operator is the operator's alone, even when its employer has
/// members: the operator's next bulk upsert would overwrite their changes.
/// </summary>
public static class OfferAccess
{
    public const string NotYours = "This offer does not exist or is not yours to change.";

    /// <summary>A <c>FORBIDDEN</c> error unless the viewer publishes offers.</summary>
    public static void RequirePublisher(Viewer viewer)
    {
        if (viewer is not ({ Kind: AccountKind.EmployerMember, EmployerId: not null } or { Kind: AccountKind.Operator, OperatorId: not null }))
        {
            throw new ForbiddenError("Only employer members and operators publish and manage offers.");
        }
    }

    /// <summary>
    /// Whether <paramref name="viewer"/> may read an offer's management data (such as the schools it is reserved to):
    /// its host's members, its operator, administrators.
    /// </summary>
    public static bool SeesManagementData(Viewer? viewer, Offer offer) => viewer switch
    {
        { Kind: AccountKind.Admin } => true,
        { Kind: AccountKind.EmployerMember, EmployerId: { } employer } => employer == offer.EmployerId,
        { Kind: AccountKind.Operator, OperatorId: { } @operator } => @operator == offer.OperatorId,
        _ => false,
    };

    public static bool Owns(Viewer viewer, long employerId, long? operatorId) => operatorId is { } publisher
        ? viewer.Kind == AccountKind.Operator && viewer.OperatorId == publisher
        : viewer.Kind == AccountKind.EmployerMember && viewer.EmployerId == employerId;
}
