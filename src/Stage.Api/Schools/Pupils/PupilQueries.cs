using Microsoft.Extensions.Options;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Schools.Pupils;

/// <summary><c>pupils</c>: a school's staff list their pupils, to follow their applications.</summary>
public sealed class PupilQueries(IOptions<PagingOptions> paging) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<PupilConnectionType>("pupils")
            .Description(
                "The pupils of the signed-in staff member's school, in alphabetical order (last name, first name; French rules), " +
                "paged by cursor. Only for a school's staff: null with an error for anyone else.")
            .PageArguments(paging.Value, "pupils", "pupil")
            .Argument<PupilFilterInputType>("where", "Conditions on the pupils: grade, class, name.")
            .Resolve(context =>
            {
                if (context.RequireViewer() is not { Kind: AccountKind.Staff, SchoolId: { } schoolId })
                {
                    throw new ForbiddenError("Only a school's staff list its pupils.");
                }

                var services = context.RequestServices!;
                var signer = services.GetRequiredService<CursorSigner>();
                var request = PupilListArguments.Parse(context, schoolId, paging.Value, signer);
                return new PupilConnection(request, services.GetRequiredService<PupilList>(), signer, context.CancellationToken);
            });
}
