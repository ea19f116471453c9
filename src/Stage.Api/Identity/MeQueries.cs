using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Identity;

/// <summary><c>me</c>: who the request's token says is asking.</summary>
public sealed class MeQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<ViewerType>("me")
            .Description("The signed-in viewer, from the request's bearer token; null for an anonymous request.")
            .Resolve(context => context.Viewer());
}
