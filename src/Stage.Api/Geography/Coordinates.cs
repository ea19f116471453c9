namespace Stage.Api.Geography;

/// <summary>
/// Rows store latitude and longitude as plain numbers, checked by the database, and derive their
/// geography point from them. PostGIS silently wraps out-of-range coordinates into range when
/// building a geography (latitude 95 becomes 85), so a CHECK on the point itself could never see them.
/// </summary>
public static class Coordinates
{
    // Null Island (0, 0) is what a missing geocode looks like.
    public const string CheckSql =
        "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 AND NOT (latitude = 0 AND longitude = 0)";

    public const string LocationSql = "ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography";
}
