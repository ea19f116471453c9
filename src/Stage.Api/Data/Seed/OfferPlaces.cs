using System.Globalization;
using Stage.Api.Geography;

namespace Stage.Api.Data.Seed;

/// <summary>Where an offer takes place: an address (with its commune in France) and coordinates a few kilometres around a town.</summary>
internal readonly record struct OfferPlace(
    string Street, string? PostalCode, string City, string CountryCode, string? CommuneCode, double Latitude, double Longitude, string? CountryName);

internal static class OfferPlaces
{
    private static readonly Dictionary<string, string> CountryNames = new(StringComparer.Ordinal)
    {
        ["BE"] = "Belgique", ["CH"] = "Suisse", ["LU"] = "Luxembourg", ["GB"] = "Royaume-Uni", ["IE"] = "Irlande",
        ["DE"] = "Allemagne", ["NL"] = "Pays-Bas", ["ES"] = "Espagne", ["PT"] = "Portugal", ["IT"] = "Italie",
        ["CA"] = "Canada", ["US"] = "États-Unis", ["SN"] = "Sénégal",
    };

    public static OfferPlace InFrance(Random random, SeedTown town)
    {
        var (latitude, longitude) = SeedTowns.Jitter(random, town.Latitude, town.Longitude, sigmaKm: 1.0, maxKm: 3.0);
        var street = string.Create(CultureInfo.InvariantCulture, $"{HouseNumber(random)} {random.Pick(PlaceNames.Streets)}");
        return new OfferPlace(street, town.PostalCode, town.City, "FR", town.Code, latitude, longitude, null);
    }

    public static OfferPlace Abroad(Random random)
    {
        var city = random.Pick(AbroadCities.All);
        var (latitude, longitude) = SeedTowns.Jitter(random, city.Latitude, city.Longitude, sigmaKm: 0.7, maxKm: 2.0);
        var street = random.Pick(PlaceNames.AbroadStreets(city.CountryCode))
            .Replace("{n}", HouseNumber(random).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var postalCode = city.PostalCode.Length == 0 ? null : city.PostalCode;
        var country = CountryNames.GetValueOrDefault(city.CountryCode, city.CountryCode);
        return new OfferPlace(street, postalCode, city.Name, city.CountryCode, null, latitude, longitude, $"{city.Name}, {country}");
    }

    /// <summary>Small numbers are the most common, as on real streets.</summary>
    private static int HouseNumber(Random random) => random.Chance(0.7) ? random.Next(1, 40) : random.Next(40, 250);
}
