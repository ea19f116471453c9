using Stage.Api.Data;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Valid rows with sensible defaults, for tests to adjust what they are about.</summary>
public static class TestData
{
    public static readonly DateOnly SecondeWeek1 = new(2026, 6, 15);
    public static readonly DateOnly SecondeWeek2 = new(2026, 6, 22);

    public static async Task<Employer> AddEmployerAsync(this StageDbContext db, Action<Employer>? customize = null)
    {
        var employer = new Employer
        {
            Name = "Boulangerie Dupré",
            Kind = HostKind.MicroEnterprise,
            Description = "Pains et viennoiseries au levain depuis 1952.",
            Website = "https://boulangerie-dupre.example.fr",
            Siret = "12345678901234",
        };
        customize?.Invoke(employer);
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    public static async Task<Offer> AddOfferAsync(this StageDbContext db, Employer employer, Action<Offer>? customize = null)
    {
        var offer = NewOffer(employer.Id);
        customize?.Invoke(offer);
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer;
    }

    /// <summary>A published 2nde offer of this employer in Paris, not yet added.</summary>
    public static Offer NewOffer(long employerId) => new()
    {
        Title = "Découverte du métier de boulanger",
        Description = "Pétrissage, façonnage et cuisson : une semaine au fournil.",
        SectorId = 28,
        EmployerId = employerId,
        Grades = [Grade.Seconde],
        Weeks = [SecondeWeek1, SecondeWeek2],
        Seats = 3,
        Status = OfferStatus.Published,
        Street = "12 rue de la République",
        PostalCode = "75011",
        City = "Paris",
        Latitude = 48.8566,
        Longitude = 2.3522,
    };

    public static async Task<School> AddSchoolAsync(this StageDbContext db, Action<School>? customize = null)
    {
        var school = new School
        {
            Uai = "0751234A",
            Name = "Lycée Voltaire",
            Kind = SchoolKind.Lycee,
            Street = "101 avenue de la République",
            PostalCode = "75011",
            City = "Paris",
            Latitude = 48.8566,
            Longitude = 2.3522,
        };
        customize?.Invoke(school);
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }
}
