using Npgsql;

// Experiment: can PostGIS's `geography <-> geography` (the radius search's order and distanceKm) be reproduced bit for bit
// in C# from the points' coordinates?
await using var source = NpgsqlDataSource.Create(args.Length > 0 ? args[0] : "Host=127.0.0.1;Port=54329;Username=postgres;Database=stage_bench;Command Timeout=600");
const double A = 6378137.0, InverseFlattening = 298.257223563;
var radii = new (string Name, double Radius)[]
{
    ("(2a + a(1 - 1/rf)) / 3", ((2.0 * A) + (A * (1.0 - (1.0 / InverseFlattening)))) / 3.0),
    ("(2a + (a - a/rf)) / 3", ((2.0 * A) + (A - (A / InverseFlattening))) / 3.0),
};
var random = new Random(16);
var centres = new List<(double Lon, double Lat)>();
await using (var command = source.CreateCommand("SELECT ST_X(location::geometry), ST_Y(location::geometry) FROM offers TABLESAMPLE SYSTEM (0.1) LIMIT 200"))
await using (var reader = await command.ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        // Off the offers' points, as typed centres are.
        centres.Add((reader.GetDouble(0) + ((random.NextDouble() - 0.5) * 0.1), reader.GetDouble(1) + ((random.NextDouble() - 0.5) * 0.1)));
    }
}

long total = 0;
var differ = new long[radii.Length];
var orderDiffer = new long[radii.Length];
foreach (var (lon, lat) in centres)
{
    var rows = new List<(long Id, double X, double Y, double Pg)>();
    await using (var command = source.CreateCommand("""
        SELECT id, ST_X(location::geometry), ST_Y(location::geometry), location <-> ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography AS d
        FROM offers ORDER BY d, id LIMIT 2000
        """))
    {
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lon });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lat });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)));
        }
    }

    total += rows.Count;
    for (var r = 0; r < radii.Length; r++)
    {
        var mine = rows.Select(row => (row.Id, D: radii[r].Radius * SphereDistance(row.X, row.Y, lon, lat))).ToList();
        differ[r] += rows.Zip(mine).Count(p => BitConverter.DoubleToInt64Bits(p.First.Pg) != BitConverter.DoubleToInt64Bits(p.Second.D));
        if (!mine.OrderBy(m => m.D).ThenBy(m => m.Id).Select(m => m.Id).SequenceEqual(rows.Select(x => x.Id)))
        {
            orderDiffer[r]++;
        }
    }
}

for (var r = 0; r < radii.Length; r++)
{
    Console.WriteLine($"radius {radii[r].Name} = {radii[r].Radius:R}: {total} distances, {differ[r]} differ in any bit, {orderDiffer[r]} of {centres.Count} orders differ");
}

// PostGIS (liblwgeom, lwgeodetic.c): degrees to radians as M_PI * d / 180, then the great-circle angle by atan2 of the
// cross and dot products' parts; the first point is the offer's (o.location <-> centre).
static double SphereDistance(double lon1, double lat1, double lon2, double lat2)
{
    double sLon = Math.PI * lon1 / 180.0, sLat = Math.PI * lat1 / 180.0, eLon = Math.PI * lon2 / 180.0, eLat = Math.PI * lat2 / 180.0;
    var dLon = eLon - sLon;
    var cosDLon = Math.Cos(dLon);
    var cosLatE = Math.Cos(eLat);
    var sinLatE = Math.Sin(eLat);
    var cosLatS = Math.Cos(sLat);
    var sinLatS = Math.Sin(sLat);
    var a1 = Square(cosLatE * Math.Sin(dLon));
    var a2 = Square((cosLatS * sinLatE) - (sinLatS * cosLatE * cosDLon));
    var a = Math.Sqrt(a1 + a2);
    var b = (sinLatS * sinLatE) + (cosLatS * cosLatE * cosDLon);
    return Math.Atan2(a, b);
}

static double Square(double x) => x * x;
