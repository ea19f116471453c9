using GraphQL;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Where a territory-scoped API key's searches may look: offers in any of its regions or any of its
/// départements (offers abroad have neither, so a scoped key never sees them).
/// </summary>
public sealed record OfferTerritory(string[] RegionCodes, string[] DepartmentCodes)
{
    /// <summary>The territory of the request's API key, or null when the caller has no key or an unscoped one.</summary>
    public static OfferTerritory? Of(IResolveFieldContext context) =>
        context.UserContext is StageUserContext { ApiClient: { IsScopedToTerritory: true } client }
            ? new OfferTerritory([.. client.RegionCodes], [.. client.DepartmentCodes])
            : null;
}

/// <summary>
/// Which offers reserved to a school a search may show: those of the viewer's school (pupils and staff), of its host
/// structure or of its operator; an administrator sees them all (null). Anonymous callers and API keys see none, so
/// that anonymous answers, cached publicly, never hold one.
/// </summary>
public sealed record OfferReservation(long? SchoolId, long? EmployerId, long? OperatorId)
{
    public static OfferReservation? Of(IResolveFieldContext context) => context.Viewer() switch
    {
        { Kind: AccountKind.Admin } => null,
        { } viewer => new OfferReservation(viewer.SchoolId, viewer.EmployerId, viewer.OperatorId),
        null => new OfferReservation(null, null, null),
    };

    public string Sql(SqlParameters parameters)
    {
        var allowed = new List<string> { "o.reserved_school_id IS NULL" };
        if (SchoolId is { } school)
        {
            allowed.Add($"o.reserved_school_id = {parameters.Add(school)}");
        }

        if (EmployerId is { } employer)
        {
            allowed.Add($"o.employer_id = {parameters.Add(employer)}");
        }

        if (OperatorId is { } @operator)
        {
            allowed.Add($"o.operator_id = {parameters.Add(@operator)}");
        }

        return "(" + string.Join(" OR ", allowed) + ")";
    }
}
