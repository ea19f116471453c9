using GraphQL.Types;

namespace Stage.Api.Offers;

/// <summary>Where an offer's coordinates come from.</summary>
public enum LocationPrecision
{
    /// <summary>The publisher gave them: its own geocoding of the address.</summary>
    Address,

    /// <summary>The publisher gave none: the point of the address's commune in the gazetteer.</summary>
    Commune,
}

public sealed class LocationPrecisionType : EnumerationGraphType<LocationPrecision>
{
    public LocationPrecisionType()
    {
        Name = "LocationPrecision";
        Description = "Where an offer's location comes from, so that a map can tell an address from a town.";
        Values["ADDRESS"]!.Description = "The coordinates its publisher gave for the address (their geocoding, as precise as it is).";
        Values["COMMUNE"]!.Description =
            "No coordinates were given: the point of the address's commune (see `address.commune.pointPrecision`), a few kilometres from the street at most in a town.";
    }
}
