using Stage.Api.Geography;

namespace Stage.Api.Offers;

/// <summary>
/// Finds the commune of a French address in the gazetteer, from its postal code and city name compared as people
/// write them (case, accents, hyphens, "St" for "Saint", a trailing "Cedex 03" ignored). A city with municipal
/// arrondissements gives the arrondissement its postal code serves: "Lyon" at 69003 is Lyon 3e, whose point is closer.
/// </summary>
public static class AddressCommunes
{
    private static readonly Lazy<Dictionary<string, string>> NameKeys = new(() =>
        Gazetteer.France.Communes.ToDictionary(c => c.Code, c => PlaceDirectory.NameKey(c.Name), StringComparer.Ordinal));

    /// <summary>The communes of <paramref name="postalCode"/> named <paramref name="city"/>: none, one, or several (ambiguous).</summary>
    public static IReadOnlyList<Commune> Named(string postalCode, string city)
    {
        var key = string.Join(' ', PlaceDirectory.NameKey(city).Split(' ').TakeWhile(word => word != "cedex"));
        var candidates = Gazetteer.France.WithPostalCode(postalCode);
        List<Commune> named = [.. candidates.Where(c => string.Equals(NameKeys.Value[c.Code], key, StringComparison.Ordinal))];
        return named is [{ IsArrondissement: false } whole] && candidates.Where(c => c.CityCode == whole.Code).ToList() is [var arrondissement]
            ? [arrondissement]
            : named;
    }

    /// <summary>
    /// The commune of an address whose coordinates are known: the one named, else the nearest of those the postal code
    /// serves (a misspelt or former name); null when no commune has this postal code.
    /// </summary>
    public static Commune? Locate(string postalCode, string city, double latitude, double longitude)
    {
        var named = Named(postalCode, city);
        if (named.Count == 1)
        {
            return named[0];
        }

        var candidates = named.Count > 1 ? named : Gazetteer.France.WithPostalCode(postalCode);
        var scale = Math.Cos(latitude * Math.PI / 180);
        return candidates.Where(c => !candidates.Any(a => a.CityCode == c.Code))
            .MinBy(c => Math.Pow(c.Latitude - latitude, 2) + Math.Pow((c.Longitude - longitude) * scale, 2));
    }

    /// <summary>The city an address names for a commune: an arrondissement's city ("Paris", not "Paris 11e Arrondissement").</summary>
    public static string CityName(Commune commune) =>
        commune.CityCode is { } city && Gazetteer.France.Commune(city) is { } whole ? whole.Name : commune.Name;
}
