using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// A small known set of offers, named A to K, for the filter and full-text tests. G is full and H is
/// unpublished; the others are visible. Only A and G say "Découverte", only A and B start a word with
/// "boulang", and "marqueterie" is in I's title, J's description and K's employer's name.
/// </summary>
public static class OfferFilterData
{
    /// <summary>The offers a search without conditions returns.</summary>
    public const string Visible = "A B C D E F I J K";

    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<Dictionary<string, long>> InsertAsync(ApiFixture api)
    {
        await using var db = api.CreateDbContext();
        var dupre = await db.AddEmployerAsync(e => Employer(e, "Maison Dupré", HostKind.MicroEnterprise, "Artisan depuis 1952."));
        var mairie = await db.AddEmployerAsync(e => Employer(e, "Mairie de Lyon", HostKind.LocalAuthority, null));
        var jardins = await db.AddEmployerAsync(e => Employer(e, "Association Les Jardins partagés", HostKind.Association, "Jardins en ville."));
        var rossi = await db.AddEmployerAsync(e => Employer(e, "Atelier Marqueterie Rossi", HostKind.PrivateCompany, "Ébénisterie fine."));

        var ids = new Dictionary<string, long>();
        async Task Add(string key, Employer employer, string title, int sector, Grade[] grades, DateOnly[] weeks, Place place, Action<Offer>? more = null)
        {
            var offer = await db.AddOfferAsync(employer, o =>
            {
                o.Title = title;
                o.Description = "Une semaine d'observation.";
                o.SectorId = sector;
                o.Grades = grades;
                o.Weeks = weeks;
                o.Seats = 2;
                (o.PostalCode, o.City, o.CountryCode) = (place.PostalCode, place.City, place.CountryCode);
                (o.Latitude, o.Longitude) = (place.Latitude, place.Longitude);
                o.CreatedAt = Created;
                more?.Invoke(o);
            });
            ids.Add(key, offer.Id);
        }

        var paris = RadiusOracleData.Paris with { PostalCode = "75011" };
        var lyon3 = RadiusOracleData.Lyon with { PostalCode = "69003" };
        await Add("A", dupre, "Découverte du métier de boulanger", 28, [Grade.Seconde], [new(2026, 6, 15), new(2026, 6, 22)], paris,
            o => o.Description = "Pétrissage et cuisson au fournil.");
        await Add("B", dupre, "Boulangerie artisanale", 28, [Grade.Troisieme], [new(2026, 1, 12)], lyon3);
        await Add("C", mairie, "Accueil en mairie", 25, [Grade.Quatrieme, Grade.Troisieme], [new(2026, 3, 16)], RadiusOracleData.Lyon);
        await Add("D", jardins, "Jardinage et environnement", 23, [Grade.Troisieme], [new(2026, 6, 15)], RadiusOracleData.Ajaccio);
        await Add("E", jardins, "Stage en Corse", 23, [Grade.Seconde], [new(2026, 6, 22)], RadiusOracleData.Bastia);
        await Add("F", mairie, "Internship abroad", 13, [Grade.Seconde], [new(2026, 6, 15)], RadiusOracleData.Brussels);
        await Add("G", dupre, "Découverte complète", 28, [Grade.Troisieme], [new(2026, 6, 15)], paris, o => o.SeatsTaken = o.Seats);
        await Add("H", dupre, "Offre masquée", 28, [Grade.Troisieme], [new(2026, 6, 15)], paris, o => o.Status = OfferStatus.Unpublished);
        await Add("I", dupre, "Marqueterie d'art", 5, [Grade.Troisieme], [new(2026, 9, 7)], paris);
        await Add("J", dupre, "Travail du bois", 24, [Grade.Quatrieme], [new(2026, 11, 30), new(2026, 12, 7)], paris,
            o => o.Description = "Initiation à la marqueterie et à l'ébénisterie.");
        await Add("K", rossi, "Menuiserie", 24, [Grade.Quatrieme, Grade.Troisieme], [new(2027, 1, 4)], paris,
            o => o.CreatedAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)).ToUniversalTime());
        return ids;
    }

    private static void Employer(Employer employer, string name, HostKind kind, string? description)
    {
        employer.Name = name;
        employer.Kind = kind;
        employer.Description = description;
        employer.Siret = null;
        employer.Website = null;
    }
}
