using Npgsql;
using Stage.Api.Schools;

namespace Stage.Api.Data.Seed;

/// <summary>Schools with their pupils and teaching teams, and the accounts they log in with.</summary>
internal static class SchoolSeeder
{
    public const string PupilIssuer = "https://educonnect.education.gouv.fr";
    public const string StaffIssuer = "https://sso.ac-stage.fr";

    private const string AccountsSql = $"""
        INSERT INTO accounts (issuer, subject, kind, pupil_id, created_at)
        SELECT '{PupilIssuer}', ine::text, 'pupil', id, created_at FROM pupils WHERE id >= @first_pupil ORDER BY id
        ON CONFLICT (issuer, subject) DO NOTHING;
        INSERT INTO accounts (issuer, subject, kind, staff_member_id, created_at)
        SELECT '{StaffIssuer}', email, 'staff', id, TIMESTAMPTZ '2025-09-01 06:00Z' FROM staff_members WHERE id >= @first_staff ORDER BY id
        ON CONFLICT (issuer, subject) DO NOTHING;
        """;

    public static async Task<SeededSchools> SeedAsync(
        NpgsqlConnection connection, Random random, int count, SeedStart start, int schoolYear, CancellationToken cancellationToken)
    {
        var schools = await SchoolWriter.WriteAsync(
            connection, random, count, start.NextSchoolId, new UaiAllocator(start.ExistingUais), cancellationToken);
        var pupils = await PeopleWriter.WritePupilsAsync(connection, random, schools, start.NextPupilId, schoolYear, cancellationToken);
        var staff = await PeopleWriter.WriteStaffAsync(connection, random, schools, start.NextStaffId, cancellationToken);

        int accounts;
        await using (var command = new NpgsqlCommand(AccountsSql, connection))
        {
            command.Parameters.AddWithValue("first_pupil", start.NextPupilId);
            command.Parameters.AddWithValue("first_staff", start.NextStaffId);
            accounts = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SeededSchools(
            [.. schools.Where(s => s.Kind == SchoolKind.College).Select(s => s.Id)],
            [.. schools.Where(s => s.Kind == SchoolKind.Lycee).Select(s => s.Id)],
            pupils, staff, accounts);
    }
}

/// <summary>The schools a run created (ids by kind, for offers reserved to a school) and how many people they have.</summary>
internal sealed record SeededSchools(IReadOnlyList<long> Colleges, IReadOnlyList<long> Lycees, int Pupils, int StaffMembers, int Accounts)
{
    public int Count => Colleges.Count + Lycees.Count;
}
