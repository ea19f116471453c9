using Npgsql;
using NpgsqlTypes;
using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>Bulk-loads the planned host structures with their descriptions, websites and SIRETs.</summary>
internal static class EmployerWriter
{
    private static readonly DateTimeOffset FirstCreation = new(2024, 9, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<EmployerPlan> employers, Random random, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY employers (id, name, kind, description, website, siret, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var employer in employers)
        {
            var city = SeedTowns.All[employer.TownIndex].City;
            var createdAt = FirstCreation.AddMinutes(random.Next(0, 365 * 24 * 60));
            var hasSiret = employer.Kind == HostKind.Association ? random.Chance(0.6) : random.Chance(0.95);

            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(employer.Id, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(employer.Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(employer.Kind, "host_kind", cancellationToken);
            await writer.WriteAsync(EmployerTexts.Description(random, employer, city), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, EmployerTexts.Website(random, employer), cancellationToken);
            await WriteNullableAsync(writer, hasSiret ? Identifiers.Siret(employer.Id) : null, cancellationToken);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    internal static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
