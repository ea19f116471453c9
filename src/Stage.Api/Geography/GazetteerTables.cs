using Npgsql;
using NpgsqlTypes;

namespace Stage.Api.Geography;

/// <summary>
/// Copies the gazetteer into the database's tables (régions, académies, départements, communes) when they do not
/// hold this version of the data file yet: <c>./stage migrate</c> calls it after the migrations, and so do the tests.
/// Returns whether it loaded it (false: the tables already held it).
/// </summary>
public static class GazetteerTables
{
    public static async Task<bool> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var gazetteer = Gazetteer.France;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two processes migrating at once (test runs, instances starting) load it once.
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE gazetteer_versions", connection, transaction))
        {
            await lockTable.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var check = new NpgsqlCommand("SELECT count(*) FROM gazetteer_versions WHERE data_sha256 = $1", connection, transaction))
        {
            check.Parameters.Add(new NpgsqlParameter { Value = gazetteer.DataSha256 });
            if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return false;
            }
        }

        foreach (var table in new[] { "communes", "departments", "academies", "regions", "gazetteer_versions" })
        {
            await using var clear = new NpgsqlCommand($"DELETE FROM {table}", connection, transaction);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyAsync(connection, "COPY regions (code, name, chef_lieu_code) FROM STDIN (FORMAT BINARY)", gazetteer.Regions,
            r => [r.Code, r.Name, r.ChefLieuCode], cancellationToken);
        await CopyAsync(connection, "COPY academies (code, name, seat_code) FROM STDIN (FORMAT BINARY)", FrenchAcademies.All,
            a => [a.Code, a.Name, a.SeatCode], cancellationToken);
        await CopyAsync(connection, "COPY departments (code, name, region_code, academy_code, chef_lieu_code) FROM STDIN (FORMAT BINARY)", gazetteer.Departments,
            d => [d.Code, d.Name, d.RegionCode, FrenchAcademies.OfDepartment(d.Code)?.Code, d.ChefLieuCode], cancellationToken);
        await CopyAsync(connection,
            "COPY communes (code, name, department_code, region_code, academy_code, city_code, population, postal_codes, latitude, longitude, point_precision) FROM STDIN (FORMAT BINARY)",
            gazetteer.Communes,
            c => [c.Code, c.Name, c.DepartmentCode, c.RegionCode, c.Academy?.Code, c.CityCode, c.Population, c.PostalCodes.ToArray(), c.Latitude, c.Longitude, SnakeCase(c.Precision)],
            cancellationToken);

        await using (var version = new NpgsqlCommand("INSERT INTO gazetteer_versions (data_sha256) VALUES ($1)", connection, transaction))
        {
            version.Parameters.Add(new NpgsqlParameter { Value = gazetteer.DataSha256 });
            await version.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static string SnakeCase(PointPrecision precision) => precision switch
    {
        PointPrecision.PostalCode => "postal_code",
        _ => precision.ToString().ToLowerInvariant(),
    };

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in values(row))
            {
                await (value switch
                {
                    null => writer.WriteNullAsync(cancellationToken),
                    string text => writer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                    int number => writer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
                    double number => writer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
                    string[] texts => writer.WriteAsync(texts, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken),
                    _ => throw new ArgumentException($"Unexpected value type {value.GetType()}.", nameof(values)),
                });
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
