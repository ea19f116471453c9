namespace Stage.Api.Tests.Offers;

/// <summary>
/// Great-circle geometry on the sphere PostGIS uses for geography distances without a spheroid:
/// the WGS 84 mean radius (2a + b) / 3. Written independently of the API, as the search tests' oracle.
/// </summary>
public static class Sphere
{
    public const double RadiusMetres = 6371008.7714;

    /// <summary>The haversine distance in metres.</summary>
    public static double DistanceMetres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = Radians(latitude1);
        var phi2 = Radians(latitude2);
        var sinHalfDeltaPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfDeltaLambda = Math.Sin(Radians(longitude2 - longitude1) / 2);
        var h = (sinHalfDeltaPhi * sinHalfDeltaPhi) + (Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda);
        return 2 * RadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The point reached from a start by travelling a distance along a great circle at an initial bearing.</summary>
    public static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearingDegrees, double metres)
    {
        var phi1 = Radians(latitude);
        var lambda1 = Radians(longitude);
        var theta = Radians(bearingDegrees);
        var delta = metres / RadiusMetres;
        var phi2 = Math.Asin((Math.Sin(phi1) * Math.Cos(delta)) + (Math.Cos(phi1) * Math.Sin(delta) * Math.Cos(theta)));
        var lambda2 = lambda1 + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi1), Math.Cos(delta) - (Math.Sin(phi1) * Math.Sin(phi2)));
        var longitude2 = Degrees(lambda2);
        longitude2 = longitude2 > 180 ? longitude2 - 360 : longitude2 < -180 ? longitude2 + 360 : longitude2;
        return (Degrees(phi2), longitude2);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
