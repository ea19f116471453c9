using Npgsql;
using Stage.Api.Data;

namespace Stage.Bench;

/// <summary>One benchmark application: its id, the pupil who subscribes to it, the employer member who changes it.</summary>
public sealed record BenchApplication(long Id, string PupilSubject, string EmployerSubject);

/// <summary>
/// The subscription benchmark's people and applications, in plain SQL: one pupil (with an account of the
/// benchmark's issuer) and one submitted application per subscriber, on the offers of a handful of
/// employers, each with one member account. They are created once, kept for later runs of the same size,
/// and put back to SUBMITTED before each run (without events, so nothing is published meanwhile).
/// </summary>
public static class SubscriptionData
{
    /// <summary>The benchmark's INEs end with "BI": the seed's check letters never include I.</summary>
    private const string IneSuffix = "BI";
    /// <summary>How many employers (those with the most offers) host the applications, each with one member account.</summary>
    private const string Employers = "4";

    public static async Task<IReadOnlyList<BenchApplication>> PrepareAsync(
        string connectionString, int subscribers, string issuer, CancellationToken cancellationToken)
    {
        await using var dataSource = StageDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await ScalarAsync(connection, "SELECT count(*) FROM pupils WHERE ine LIKE '%" + IneSuffix + "'", cancellationToken);
        if (existing != subscribers)
        {
            Log.Step($"{SubscriptionBenchOptions.Database}: creating {subscribers:N0} pupils, accounts and applications" +
                (existing > 0 ? $" (replacing {existing:N0})" : ""));
            await ExecuteAsync(connection, Delete, cancellationToken);
            await ExecuteAsync(connection, Create, cancellationToken, ("subscribers", subscribers), ("issuer", issuer));
            await ExecuteAsync(connection, "ANALYZE pupils, accounts, employer_members, applications", cancellationToken);
        }

        var reset = await ExecuteAsync(connection,
            $"UPDATE applications a SET status = 'submitted', status_changed_at = now() FROM pupils p " +
            $"WHERE p.id = a.pupil_id AND p.ine LIKE '%{IneSuffix}' AND a.status <> 'submitted'", cancellationToken);
        if (reset > 0)
        {
            Log.Step($"{SubscriptionBenchOptions.Database}: {reset:N0} applications put back to SUBMITTED");
        }

        var applications = new List<BenchApplication>(subscribers);
        await using (var command = new NpgsqlCommand(Read, connection) { Parameters = { new() { Value = issuer } } })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applications.Add(new BenchApplication(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return applications.Count == subscribers
            ? applications
            : throw new InvalidOperationException($"Expected {subscribers} benchmark applications, found {applications.Count}.");
    }

    /// <summary>The last event position committed so far: subscribers resume after it, so that none can miss an event.</summary>
    public static async Task<long> LastPositionAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ScalarAsync(connection, "SELECT coalesce(max(position), 0) FROM application_events", cancellationToken);
    }

    private const string Delete = $"""
        DELETE FROM application_events e USING applications a, pupils p
            WHERE e.application_id = a.id AND a.pupil_id = p.id AND p.ine LIKE '%{IneSuffix}';
        DELETE FROM applications a USING pupils p WHERE a.pupil_id = p.id AND p.ine LIKE '%{IneSuffix}';
        DELETE FROM pupils WHERE ine LIKE '%{IneSuffix}';
        """;

    /// <summary>@subscribers pupils of the @issuer, on the offers of the employers with the most offers.</summary>
    private const string Create = $"""
        CREATE TEMP TABLE bench_employers ON COMMIT DROP AS
            SELECT employer_id AS id FROM offers GROUP BY employer_id ORDER BY count(*) DESC, employer_id LIMIT {Employers};
        INSERT INTO employer_members (employer_id, first_name, last_name, email)
            SELECT e.id, 'Banc', 'Essai', 'bench.' || e.id || '@employers.bench.stage.invalid' FROM bench_employers e
            WHERE NOT EXISTS (SELECT 1 FROM employer_members m WHERE m.email = 'bench.' || e.id || '@employers.bench.stage.invalid');
        INSERT INTO accounts (issuer, subject, kind, employer_member_id)
            SELECT @issuer, 'employer-member:' || m.id, 'employer_member', m.id FROM employer_members m
            WHERE m.email LIKE 'bench.%@employers.bench.stage.invalid'
            ON CONFLICT (issuer, subject) DO NOTHING;
        INSERT INTO pupils (ine, first_name, last_name, grade, class_name, school_id, birth_date)
            SELECT lpad(i::text, 9, '0') || '{IneSuffix}', 'Banc', 'Essai ' || i, 'troisieme', '3e A',
                (SELECT min(id) FROM schools), DATE '2011-06-01'
            FROM generate_series(1, @subscribers) i;
        INSERT INTO accounts (issuer, subject, kind, pupil_id)
            SELECT @issuer, 'pupil:' || p.ine, 'pupil', p.id FROM pupils p WHERE p.ine LIKE '%{IneSuffix}';
        INSERT INTO applications (pupil_id, offer_id, weeks, motivation, status)
            SELECT p.id, o.id, ARRAY[o.weeks[1]], 'Benchmark', 'submitted'
            FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM pupils WHERE ine LIKE '%{IneSuffix}') p
            JOIN (SELECT id, weeks, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                  FROM offers WHERE employer_id IN (SELECT id FROM bench_employers)) o ON o.n = p.n % o.total;
        """;

    /// <summary>$1 the issuer.</summary>
    private const string Read = $"""
        SELECT a.id, pa.subject, ea.subject
        FROM applications a
        JOIN pupils p ON p.id = a.pupil_id
        JOIN accounts pa ON pa.pupil_id = p.id AND pa.issuer = $1
        JOIN offers o ON o.id = a.offer_id
        JOIN employer_members m ON m.employer_id = o.employer_id AND m.email LIKE 'bench.%@employers.bench.stage.invalid'
        JOIN accounts ea ON ea.employer_member_id = m.id AND ea.issuer = $1
        WHERE p.ine LIKE '%{IneSuffix}'
        ORDER BY a.id
        """;

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
