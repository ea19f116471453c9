using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers;

public sealed class OfferQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<OfferType>("offer")
            .Description("The offer with this id, or null when there is none, it is not public (unpublished or removed), or it is reserved to schools the viewer is not part of.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The offer's global id.")
            .ResolveAsync(async context =>
            {
                var id = GlobalId.Parse(context.GetArgument<string>("id"), OfferType.TypeName);
                await using var db = await context.OpenDbAsync();
                return await db.Offers.AsNoTracking().VisibleTo(context.Viewer())
                    .Include(o => o.Employer)
                    .FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken);
            });
}
