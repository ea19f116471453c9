using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Kit.Parties;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;

namespace Stage.Api.Tests.Kit;

/// <summary>The party rule answers the same in memory (mutations, event delivery) and in SQL (queries).</summary>
public sealed class PartyAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Every_side_sees_in_SQL_exactly_the_applications_it_sees_in_memory()
    {
        var scenario = new ApplicationScenario(api);
        var (school, otherSchool) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var (pupil, otherPupil) = (await scenario.PupilAsync(school), await scenario.PupilAsync(otherSchool));
        var ((employer, _), (otherEmployer, _)) = (await scenario.EmployerAsync(), await scenario.EmployerAsync());
        await using var db = api.CreateDbContext();
        var publisher = await db.AddOperatorAsync();
        var operated = await db.AddOfferAsync(employer, o => o.OperatorId = publisher.Id);
        var direct = await db.AddOfferAsync(otherEmployer);
        db.Applications.AddRange(
            new Application { PupilId = pupil.Id, OfferId = operated.Id, Weeks = [TestData.SecondeWeek1], Motivation = "Un" },
            new Application { PupilId = pupil.Id, OfferId = direct.Id, Weeks = [TestData.SecondeWeek1], Motivation = "Deux" },
            new Application { PupilId = otherPupil.Id, OfferId = direct.Id, Weeks = [TestData.SecondeWeek1], Motivation = "Trois" });
        await db.SaveChangesAsync();
        var seeded = db.Applications.Where(a => a.PupilId == pupil.Id || a.PupilId == otherPupil.Id);
        var parties = await seeded.Select(a => new { a.Id, a.Motivation, Parties = new PartyIds(a.PupilId, a.Pupil.SchoolId, a.Offer.EmployerId, a.Offer.OperatorId) })
            .ToListAsync();

        Party?[] viewers =
        [
            new Party(PartySide.Pupil, pupil.Id), new Party(PartySide.Pupil, otherPupil.Id), new Party(PartySide.School, school.Id),
            new Party(PartySide.School, otherSchool.Id), new Party(PartySide.Employer, employer.Id), new Party(PartySide.Employer, otherEmployer.Id),
            new Party(PartySide.Operator, publisher.Id), new Party(PartySide.Operator, publisher.Id + 1_000), new Party(PartySide.Administration, 1), null,
        ];
        var seen = new List<string>();
        foreach (var viewer in viewers)
        {
            var inMemory = parties.Where(p => viewer.CanSee(p.Parties)).Select(p => p.Motivation).Order().ToList();
            var inSql = await seeded.VisibleTo(viewer, ApplicationAccess.Parties).Select(a => a.Motivation).Order().ToListAsync();
            Assert.Equal(inMemory, inSql);
            seen.Add(string.Join(",", inSql));
        }

        Assert.Equal(["Deux,Un", "Trois", "Deux,Un", "Trois", "Un", "Deux,Trois", "Un", "", "Deux,Trois,Un", ""], seen);
    }
}
