using GraphQL;
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
