using GraphQL;

namespace Stage.Api.Identity;

/// <summary>The viewer of the request being resolved.</summary>
public static class ViewerAccess
{
    /// <summary>The viewer, or null for an anonymous request.</summary>
    public static Viewer? Viewer(this IResolveFieldContext context) => (context.UserContext as StageUserContext)?.Viewer;

    /// <summary>The viewer; an <c>UNAUTHENTICATED</c> error for an anonymous request.</summary>
    public static Viewer RequireViewer(this IResolveFieldContext context) => context.Viewer() ?? throw new UnauthenticatedError();
}
