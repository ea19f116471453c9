using GraphQL.Types;

namespace Stage.Api.Offers.Search;

public sealed class NearInputType : InputObjectGraphType
{
    public NearInputType()
    {
        Name = "NearInput";
        Description = "A centre and a radius: only offers within that distance, each with its `distanceKm`.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("The centre's latitude, from -90 to 90.");
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("The centre's longitude, from -180 to 180.");
        Field<FloatGraphType>("radiusKm")
            .Description("The radius in kilometres, above 0. Defaults to 60 (the national platform's default); the upper bound is set by the server (200 unless configured).");
    }
}
