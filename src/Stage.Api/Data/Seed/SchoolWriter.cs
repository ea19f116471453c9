using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Stage.Api.Schools;

namespace Stage.Api.Data.Seed;

/// <summary>A generated school, kept in memory while its pupils and staff are written.</summary>
internal sealed record SchoolPlan(long Id, SchoolKind Kind, string Uai, SeedTown Town);

/// <summary>Creates collèges and lycées in towns drawn by population, each with a unique UAI.</summary>
internal static class SchoolWriter
{
    private static readonly DateTimeOffset CreatedAt = new(2025, 6, 2, 6, 0, 0, TimeSpan.Zero);

    public static async Task<List<SchoolPlan>> WriteAsync(
        NpgsqlConnection connection, Random random, int count, long firstId, UaiAllocator uais, CancellationToken cancellationToken)
    {
        var schools = new List<SchoolPlan>(count);
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY schools (id, uai, name, kind, street, postal_code, city, latitude, longitude, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < count; i++)
        {
            // The first two are one of each kind, so that any demo has both.
            var kind = i switch
            {
                0 => SchoolKind.College,
                1 => SchoolKind.Lycee,
                _ => random.Chance(0.6) ? SchoolKind.College : SchoolKind.Lycee,
            };
            var town = SeedTowns.Pick(random);
            var school = new SchoolPlan(firstId + i, kind, uais.Next(town.DepartmentCode), town);
            var (latitude, longitude) = SeedTowns.Jitter(random, town.Latitude, town.Longitude, sigmaKm: 1.2, maxKm: 3.0);
            var street = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 120)} {random.Pick(PlaceNames.Streets)}");

            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(school.Id, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(school.Uai, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Name(random, kind), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(kind, "school_kind", cancellationToken);
            await writer.WriteAsync(street, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(town.PostalCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(town.City, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(latitude, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(longitude, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            schools.Add(school);
        }

        await writer.CompleteAsync(cancellationToken);
        return schools;
    }

    private static string Name(Random random, SchoolKind kind)
    {
        var namesake = random.Pick(PlaceNames.SchoolNamesakes);
        if (kind == SchoolKind.College)
        {
            return "Collège " + namesake;
        }

        return random.Next(10) switch
        {
            < 5 => "Lycée " + namesake,
            < 8 => "Lycée général et technologique " + namesake,
            _ => "Lycée polyvalent " + namesake,
        };
    }
}
