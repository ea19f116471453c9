namespace Stage.Api.Offers.Search;

/// <summary>A search centre and radius.</summary>
public sealed record GeoCircle(double Latitude, double Longitude, double RadiusKm);
