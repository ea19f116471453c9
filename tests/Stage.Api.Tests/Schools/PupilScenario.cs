using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Identity.Development;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Schools;

/// <summary>
/// Schools, staff and rows of pupils for pre-registration tests, and clients signed in with development
/// tokens, as a school's front-end would be.
/// </summary>
public sealed class PupilScenario(ApiFixture api, WebApplicationFactory<Program>? factory = null)
{
    public const string PreRegister = """
        mutation ($input: PreRegisterPupilsInput!) {
          preRegisterPupils(input: $input) {
            count
            pupils { id firstName lastName grade className birthDate school { id uai } }
            errors {
              __typename
              ... on Error { message }
              ... on PupilRowError { index field path ine problem }
              ... on InvalidFieldError { field }
            }
          }
        }
        """;

    private static int s_serial;
    private readonly WebApplicationFactory<Program> _factory = factory ?? api.Factory;

    /// <summary>A new INE: unique in the run, never one of another helper's (their 10th character is not P).</summary>
    public static string NewIne()
    {
        var serial = Interlocked.Increment(ref s_serial);
        return string.Create(CultureInfo.InvariantCulture, $"{serial:D9}P{(char)('A' + (serial % 26))}");
    }

    public async Task<School> SchoolAsync(SchoolKind kind = SchoolKind.Lycee)
    {
        await using var db = api.CreateDbContext();
        var serial = Interlocked.Increment(ref s_serial);
        return await db.AddSchoolAsync(s =>
        {
            s.Uai = string.Create(CultureInfo.InvariantCulture, $"{serial % 10_000_000:D7}P");
            s.Name = kind == SchoolKind.Lycee ? $"Lycée {serial}" : $"Collège {serial}";
            s.Kind = kind;
        });
    }

    public async Task<StaffMember> StaffAsync(School school, StaffRole role = StaffRole.Teacher)
    {
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id,
            FirstName = "Claire",
            LastName = "Bernard",
            Email = string.Create(CultureInfo.InvariantCulture, $"claire.bernard{Interlocked.Increment(ref s_serial)}@ac-lyon.fr"),
            Role = role,
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public async Task<GraphQLClient> AsStaffAsync(School school, StaffRole role = StaffRole.Teacher) =>
        await SignedInAsync(DevelopmentLogin.Staff((await StaffAsync(school, role)).Email));

    public async Task<GraphQLClient> SignedInAsync(DevelopmentLogin login)
    {
        var subject = await _factory.Services.GetRequiredService<DevelopmentAccounts>().EnsureAccountAsync(login, CancellationToken.None);
        var token = _factory.Services.GetRequiredService<DevelopmentTokenIssuer>().CreateToken(subject);
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    public GraphQLClient Anonymous => new(_factory.CreateClient());

    /// <summary>A valid row for a school of this kind: a pupil of the usual age, with a unique INE.</summary>
    public static Dictionary<string, object?> Row(SchoolKind kind = SchoolKind.Lycee, string? lastName = null, string? className = null)
    {
        var (grade, age) = kind == SchoolKind.Lycee ? ("SECONDE", 15) : ("TROISIEME", 14);
        var ine = NewIne();
        return new Dictionary<string, object?>
        {
            ["ine"] = ine,
            ["firstName"] = "Léa",
            ["lastName"] = lastName ?? "Martin-" + ine[..9],
            ["grade"] = grade,
            ["className"] = className ?? (kind == SchoolKind.Lycee ? "2nde 3" : "3e B"),
            ["birthDate"] = BirthDate(age),
        };
    }

    public static List<Dictionary<string, object?>> Rows(int count, SchoolKind kind = SchoolKind.Lycee) =>
        [.. Enumerable.Range(0, count).Select(_ => Row(kind))];

    /// <summary>The birth date of a pupil <paramref name="years"/> years and about four months old today.</summary>
    public static string BirthDate(int years) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-years).AddDays(-120).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<JsonNode> PreRegisterAsync(GraphQLClient staff, IEnumerable<Dictionary<string, object?>> rows, string? key = null) =>
        (await staff.QueryAsync(PreRegister, new { input = new { pupils = rows, idempotencyKey = key } }))["preRegisterPupils"]!;

    public async Task<int> PupilCountAsync()
    {
        await using var db = api.CreateDbContext();
        return await db.Pupils.CountAsync();
    }
}
