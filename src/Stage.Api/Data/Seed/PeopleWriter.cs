using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Data.Seed;

/// <summary>Pupils (with an INE, a class and a birth date that fit their grade) and teaching teams of schools.</summary>
internal static class PeopleWriter
{
    private static readonly DateTimeOffset CreatedAt = new(2025, 9, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly StaffRole[] ExtraRoles = [StaffRole.Teacher, StaffRole.Cpe, StaffRole.AdministrativeStaff];

    public static async Task<int> WritePupilsAsync(
        NpgsqlConnection connection, Random random, IReadOnlyList<SchoolPlan> schools, long firstId, int schoolYear, CancellationToken cancellationToken)
    {
        var id = firstId;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY pupils (id, ine, first_name, last_name, grade, class_name, school_id, birth_date, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var school in schools)
        {
            for (var count = random.Next(4, 7); count > 0; count--, id++)
            {
                var grade = school.Kind == SchoolKind.Lycee ? Grade.Seconde : random.Chance(0.5) ? Grade.Troisieme : Grade.Quatrieme;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(Identifiers.Ine(id), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(random.Pick(PersonNames.PupilFirstNames), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(random.Pick(PersonNames.LastNames), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(grade, "grade", cancellationToken);
                await writer.WriteAsync(ClassName(random, grade), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(school.Id, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(BirthDate(random, grade, schoolYear), NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
        return (int)(id - firstId);
    }

    public static async Task<int> WriteStaffAsync(
        NpgsqlConnection connection, Random random, IReadOnlyList<SchoolPlan> schools, long firstId, CancellationToken cancellationToken)
    {
        var id = firstId;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY staff_members (id, school_id, first_name, last_name, email, role) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var school in schools)
        {
            var academy = Academies.DomainOf(school.Town.RegionCode);
            StaffRole[] roles = random.Chance(0.5)
                ? [StaffRole.SchoolHead, StaffRole.Teacher, random.Pick(ExtraRoles)]
                : [StaffRole.SchoolHead, StaffRole.Teacher, StaffRole.Cpe, random.Pick(ExtraRoles)];
            foreach (var role in roles)
            {
                var firstName = random.Pick(PersonNames.AdultFirstNames);
                var lastName = random.Pick(PersonNames.LastNames);
                // The id keeps addresses unique (they are the staff's login) even for namesakes.
                var email = string.Create(CultureInfo.InvariantCulture,
                    $"{FrenchText.Slug(firstName)}.{FrenchText.Slug(lastName, null)}{id}@{academy}");
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id++, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(school.Id, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(firstName, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(lastName, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(email, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(role, "staff_role", cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
        return (int)(id - firstId);
    }

    private static string ClassName(Random random, Grade grade) => grade switch
    {
        Grade.Seconde => string.Create(CultureInfo.InvariantCulture, $"2nde {random.Next(1, 10)}"),
        Grade.Troisieme => "3e " + (char)('A' + random.Next(6)),
        _ => "4e " + (char)('A' + random.Next(6)),
    };

    /// <summary>
    /// Born in the expected year for the grade in the school year starting in <paramref name="schoolYear"/> (4e in
    /// 2025-2026: 2012), a few a year older (or younger in 2nde).
    /// </summary>
    private static DateOnly BirthDate(Random random, Grade grade, int schoolYear)
    {
        var year = schoolYear - grade switch
        {
            Grade.Quatrieme => random.Chance(0.9) ? 13 : 14,
            Grade.Troisieme => random.Chance(0.9) ? 14 : 15,
            _ => random.Chance(0.93) ? 15 : 14,
        };
        return new DateOnly(year, 1, 1).AddDays(random.Next(365));
    }
}
