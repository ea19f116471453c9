using Stage.Api.Geography;

namespace Stage.Api.Data.Seed;

/// <summary>Draws French communes weighted by population and places points a few kilometres around them.</summary>
internal static class CityPicker
{
    private const double KilometresPerDegree = 111.32;

    private static readonly double[] CumulativePopulation = SeedRandom.Cumulate(FrenchCities.All.Select(c => (double)c.Population));

    public static IReadOnlyList<FrenchCity> Cities => FrenchCities.All;

    public static int PickIndex(Random random) => random.PickWeighted(CumulativePopulation);

    public static FrenchCity Pick(Random random) => Cities[PickIndex(random)];

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
}
