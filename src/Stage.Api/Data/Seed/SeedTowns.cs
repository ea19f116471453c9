using Stage.Api.Geography;
using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>A commune where demo data is placed: its INSEE code, the city an address names, a postal code of its own département.</summary>
public sealed record SeedTown(
    string Code, string City, string PostalCode, string DepartmentCode, string RegionCode, double Latitude, double Longitude, int Population);

/// <summary>
/// Where the demo data lives: every inhabited commune of the 101 départements, overseas included (the arrondissements
/// of Paris, Lyon and Marseille instead of the three cities), drawn by population; and points a few kilometres around them.
/// The overseas collectivités are left out: offers are published in départements.
/// </summary>
public static class SeedTowns
{
    private const double KilometresPerDegree = 111.32;

    /// <summary>Ordered by département, then INSEE code.</summary>
    public static IReadOnlyList<SeedTown> All { get; } = Build();

    private static readonly double[] CumulativePopulation = SeedRandom.Cumulate(All.Select(t => (double)t.Population));

    private static readonly Dictionary<string, (int Start, double[] Cumulative)> ByDepartment = All
        .Select((town, index) => (town, index))
        .GroupBy(t => t.town.DepartmentCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (g.First().index, SeedRandom.Cumulate(g.Select(t => (double)t.town.Population))), StringComparer.Ordinal);

    /// <summary>The départements with towns (all 101), in order.</summary>
    public static IReadOnlyList<string> DepartmentCodes { get; } = [.. ByDepartment.Keys.Order(StringComparer.Ordinal)];

    public static int PickIndex(Random random) => random.PickWeighted(CumulativePopulation);

    /// <summary>A town of <paramref name="departmentCode"/>, by population.</summary>
    public static int PickIndexIn(Random random, string departmentCode)
    {
        var (start, cumulative) = ByDepartment[departmentCode];
        return start + random.PickWeighted(cumulative);
    }

    public static SeedTown Pick(Random random) => All[PickIndex(random)];

    /// <summary>
    /// A point around (<paramref name="latitude"/>, <paramref name="longitude"/>): gaussian spread of
    /// <paramref name="sigmaKm"/>, cut at <paramref name="maxKm"/> so that points stay near the town (and mostly on land).
    /// Rounded to 6 decimals (10 cm), as a geocoder would give.
    /// </summary>
    public static (double Latitude, double Longitude) Jitter(Random random, double latitude, double longitude, double sigmaKm, double maxKm)
    {
        var north = random.Gaussian() * sigmaKm;
        var east = random.Gaussian() * sigmaKm;
        var distance = Math.Sqrt((north * north) + (east * east));
        if (distance > maxKm)
        {
            north *= maxKm / distance;
            east *= maxKm / distance;
        }

        var lat = latitude + (north / KilometresPerDegree);
        var lon = longitude + (east / (KilometresPerDegree * Math.Cos(latitude * Math.PI / 180.0)));
        return (Math.Round(lat, 6), Math.Round(lon, 6));
    }

    private static List<SeedTown> Build()
    {
        var gazetteer = Gazetteer.France;
        var divided = gazetteer.Communes.Select(c => c.CityCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. gazetteer.Communes
            .Where(c => c.Population > 0 && !divided.Contains(c.Code) && FrenchDepartments.Find(c.DepartmentCode) is not null)
            .Select(c => (Commune: c, PostalCode: c.PostalCodes.FirstOrDefault(p => FrenchDepartments.CodeFromPostalCode(p) == c.DepartmentCode)))
            .Where(t => t.PostalCode is not null)
            .OrderBy(t => t.Commune.DepartmentCode, StringComparer.Ordinal).ThenBy(t => t.Commune.Code, StringComparer.Ordinal)
            .Select(t => new SeedTown(t.Commune.Code, AddressCommunes.CityName(t.Commune), t.PostalCode!, t.Commune.DepartmentCode,
                t.Commune.RegionCode, t.Commune.Latitude, t.Commune.Longitude, t.Commune.Population))];
    }
}
