using GraphQL.Types;
using NetTopologySuite.Geometries;

namespace Stage.Api.Geography;

public sealed class GeoPointType : ObjectGraphType<Point>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A point on the Earth (WGS 84), for showing an offer on a map.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("Degrees north of the equator, from -90 to 90.")
            .Resolve(context => context.Source.Y);
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("Degrees east of Greenwich, from -180 to 180.")
            .Resolve(context => context.Source.X);
    }
}
