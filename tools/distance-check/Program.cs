using Npgsql;
using Stage.Api.Offers.Search.Memory;

// Experiment: can PostGIS's `geography <-> geography` (the radius search's order and distanceKm) be reproduced bit for bit
// in C# from the points' coordinates?
await using var source = NpgsqlDataSource.Create(args.Length > 0 ? args[0] : "Host=127.0.0.1;Port=54329;Username=postgres;Database=stage_bench;Command Timeout=600");
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
long differ = 0, orderDiffer = 0;
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
    // The API's own computation (the in-memory radius search's), the offer's point first as in `o.location <-> centre`.
    var mine = rows.Select(row => (row.Id, D: OfferGrid.Distance(row.Y, row.X, lat, lon))).ToList();
    differ += rows.Zip(mine).Count(p => BitConverter.DoubleToInt64Bits(p.First.Pg) != BitConverter.DoubleToInt64Bits(p.Second.D));
    if (!mine.OrderBy(m => m.D).ThenBy(m => m.Id).Select(m => m.Id).SequenceEqual(rows.Select(x => x.Id)))
    {
        orderDiffer++;
    }
}

Console.WriteLine($"OfferGrid.Distance (sphere radius {OfferGrid.EarthRadius:R} m): {total} distances, {differ} differ in any bit, {orderDiffer} of {centres.Count} orders differ");
