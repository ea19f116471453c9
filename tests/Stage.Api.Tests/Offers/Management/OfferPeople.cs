using Stage.Api.Identity.Development;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>People who publish offers (or may not), signed in with development tokens.</summary>
public sealed class OfferPeople(ApiFixture api)
{
    private static int s_serial;

    private readonly ApplicationScenario _scenario = new(api);

    public ApplicationScenario Scenario => _scenario;

    public GraphQLClient Anonymous => new(api.Factory.CreateClient());

    /// <summary>A member of a new employer, signed in; and the employer's id.</summary>
    public async Task<(GraphQLClient Client, long EmployerId)> EmployerMemberAsync()
    {
        var (employer, member) = await _scenario.EmployerAsync();
        return (await _scenario.AsEmployerAsync(member), employer.Id);
    }

    /// <summary>A new operator, signed in.</summary>
    public async Task<GraphQLClient> OperatorAsync()
    {
        await using var db = api.CreateDbContext();
        var op = new Operator { Name = $"Réseau Tremplin {Interlocked.Increment(ref s_serial)}-{Guid.NewGuid():N}" };
        db.Operators.Add(op);
        await db.SaveChangesAsync();
        return await _scenario.SignedInAsync(DevelopmentLogin.Operator(op.Name));
    }

    public async Task<GraphQLClient> PupilAsync()
    {
        var school = await _scenario.SchoolAsync();
        return await _scenario.AsPupilAsync(await _scenario.PupilAsync(school));
    }

    public async Task<GraphQLClient> StaffAsync()
    {
        var school = await _scenario.SchoolAsync();
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id, FirstName = "Anne", LastName = "Proviseur", Role = StaffRole.SchoolHead,
            Email = $"head{school.Id}@lycee.example",
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return await _scenario.SignedInAsync(DevelopmentLogin.Staff(staff.Email));
    }
}
