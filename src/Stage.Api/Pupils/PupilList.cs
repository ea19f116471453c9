using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Paging;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>Reads pages of a school's pupils (one statement, plus the school once) and counts them.</summary>
public sealed class PupilList(NpgsqlDataSource dataSource, IDbContextFactory<StageDbContext> databases)
{
    public async Task<ConnectionPage<Pupil>> PageAsync(PupilListRequest request, CancellationToken cancellationToken)
    {
        var (sql, parameters) = PupilListSql.Page(request);
        var rows = new List<Pupil>();
        await using (var command = Command(sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Read(reader, request.SchoolId));
            }
        }

        if (rows.Count > 0)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == request.SchoolId, cancellationToken);
            rows.ForEach(p => p.School = school);
        }

        var hasMore = rows.Count > request.Size;
        var page = rows.Take(request.Size).ToList();
        if (request.Backward)
        {
            page.Reverse();
            return new ConnectionPage<Pupil>(page, HasNextPage: request.Cursor is not null, HasPreviousPage: hasMore);
        }

        return new ConnectionPage<Pupil>(page, HasNextPage: hasMore, HasPreviousPage: request.Cursor is not null);
    }

    public async Task<int> CountAsync(PupilListRequest request, CancellationToken cancellationToken)
    {
        var (sql, parameters) = PupilListSql.Count(request);
        await using var command = Command(sql, parameters);
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static Pupil Read(NpgsqlDataReader reader, long schoolId) => new()
    {
        Id = reader.GetInt64(0),
        Ine = reader.GetString(1),
        FirstName = reader.GetString(2),
        LastName = reader.GetString(3),
        Grade = reader.GetFieldValue<Grade>(4),
        ClassName = reader.GetString(5),
        BirthDate = reader.GetFieldValue<DateOnly>(6),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(7),
        SchoolId = schoolId,
    };

    private NpgsqlCommand Command(string sql, SqlParameters parameters)
    {
        var command = dataSource.CreateCommand(sql);
        parameters.CopyTo(command);
        return command;
    }
}
