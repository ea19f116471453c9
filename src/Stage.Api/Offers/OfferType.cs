using Stage.Api.Kit.Schema;
using GraphQL.Types;
using Stage.Api.Geography;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;

namespace Stage.Api.Offers;

public sealed class OfferType : ObjectGraphType<Offer>
{
    public const string TypeName = "Offer";

    public OfferType(IEnumerable<IObjectTypeFields<OfferType>> contributions)
    {
        Name = TypeName;
        Description = "An observation internship offered by a host structure.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The offer's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(o => o.Title).Description("The offer's title (at most 150 characters).");
        Field(o => o.Description).Description("What the pupil will observe and do (at most 1,500 characters).");
        Field<NonNullGraphType<SectorType>>("sector").Description("The sector of activity.")
            .Resolve(context => Sectors.ById(context.Source.SectorId));
        Field<NonNullGraphType<EmployerType>>("employer").Description("The host structure.")
            .Resolve(context => context.Source.Employer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeType>>>>("grades")
            .Description("The grades the offer is open to: collège grades (4e, 3e) or 2nde, never both.")
            .Resolve(context => context.Source.Grades);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The ISO weeks the internship can take place in, in order, written like \"2026-W25\".")
            .Resolve(context => context.Source.Weeks.Select(IsoWeek.Format).ToArray());
        Field(o => o.FirstDate).Description("The first day: the Monday of the first week.");
        Field(o => o.LastDate).Description("The last day: the Friday of the last week.");
        Field(o => o.Seats).Description("How many pupils the host can take (1 to 6,000).");
        Field(o => o.RemainingSeats).Description("Seats still free: seats minus approved applications.");
        Field<NonNullGraphType<OfferStatusType>>("status").Description("Where the offer stands in its life.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<OfferAddressType>>("address").Description("Where the internship takes place.")
            .Resolve(context => context.Source);
        Field<NonNullGraphType<GeoPointType>>("location").Description("The coordinates of the address, for a map (see `locationPrecision`).")
            .Resolve(context => context.Source.Location);
        Field<NonNullGraphType<LocationPrecisionType>>("locationPrecision")
            .Description("Where `location` comes from: the publisher's coordinates of the address, or the point of its commune.")
            .Resolve(context => context.Source.LocationPrecision);
        Field(o => o.DistanceKm, nullable: true)
            .Description("The distance in kilometres from the centre of a search with `near` (on a sphere, as the crow flies); null otherwise.");
        Field(o => o.RemoteId, nullable: true)
            .Description("The id the publishing operator gave the offer in its own system, when published in bulk by an operator.");
        Field(o => o.CreatedAt).Description("When the offer was created.");
        Field(o => o.UpdatedAt).Description("When the offer last changed.");
        this.AddContributed(contributions);
    }
}
