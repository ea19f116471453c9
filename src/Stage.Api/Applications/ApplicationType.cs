using GraphQL.Types;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Loading;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Offers;
using Stage.Api.Kit.Schema;
using Stage.Api.Schools;

namespace Stage.Api.Applications;

public sealed class ApplicationType : ObjectGraphType<Application>
{
    public const string TypeName = "Application";

    private static readonly BatchQuery<long, IReadOnlyList<ApplicationEvent>> HistoryOf = BatchQuery.Many(
        (StageDbContext db, long[] ids) => db.ApplicationEvents.Where(e => ids.Contains(e.ApplicationId)).OrderBy(e => e.Id), e => e.ApplicationId);

    public ApplicationType(IEnumerable<IObjectTypeFields<ApplicationType>> contributions)
    {
        Name = TypeName;
        Description = "A pupil's application to an offer. Visible to the pupil, the host's members and operator, the pupil's school staff.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The application's global id.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<OfferType>>("offer").Description("The offer applied to.").Resolve(c => c.Source.Offer);
        Field<NonNullGraphType<PupilType>>("pupil").Description("The pupil who applied, with their school and class.").Resolve(c => c.Source.Pupil);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The chosen ISO weeks, like \"2026-W25\".").Resolve(c => c.Source.Weeks.Select(IsoWeek.Format).ToArray());
        Field(a => a.Motivation).Description("The pupil's motivation (at most 2,000 characters).");
        Field<NonNullGraphType<ApplicationStatusType>>("status").Description("Where the application stands.").Resolve(c => c.Source.Status);
        Field(a => a.EmployerMessage, nullable: true).Description("The host's message when rejecting or cancelling.");
        Field(a => a.SubmittedAt).Description("When the pupil applied.");
        Field(a => a.StatusChangedAt).Description("When the status last changed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEventType>>>>("history")
            .Description("Every status change, oldest first.")
            .Resolve(c => c.Load(HistoryOf, c.Source.Id));
        this.AddContributed(contributions);
    }
}
