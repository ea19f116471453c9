using Stage.Api.Data;
using Stage.Api.Geography;

namespace Stage.Api.Offers.Management;

/// <summary>An offer's address and location once checked; parts are null where a rule failed (then an error names them).</summary>
public sealed record CheckedAddress(
    string? Street,
    string? PostalCode,
    string? City,
    string? CountryCode,
    string? CommuneCode,
    (double Latitude, double Longitude)? Point,
    LocationPrecision Precision);

/// <summary>
/// The rules of an offer's address and location. In France the address's commune is found from its INSEE code
/// (<c>address.communeCode</c>) or from its postal code and city; without coordinates the offer is placed at the
/// commune's point. Coordinates given are kept as they are (an address geocoded by the publisher).
/// </summary>
public static class OfferAddressRules
{
    private const string CommuneCodeField = "address.communeCode";
    private const string PostalCodeField = "address.postalCode";
    private const string CityField = "address.city";

    public static CheckedAddress Check(AddressFields? fields, double? latitude, double? longitude, FieldErrors errors)
    {
        var address = fields ?? new AddressFields(null, null, null);
        var countryCode = CountryCode(address.CountryCode, errors);
        var street = errors.Text("address.street", address.Street, FieldLimits.Street);
        var commune = CommuneByCode(address.CommuneCode, countryCode, errors);
        string? city, postalCode;
        if (commune is null && !string.IsNullOrWhiteSpace(address.CommuneCode))
        {
            // The commune's own error says what is wrong: the city and postal code are checked only where given.
            city = address.City is null ? null : errors.Text(CityField, address.City, FieldLimits.City);
            postalCode = address.PostalCode is null ? null : PostalCode(address.PostalCode, countryCode, errors);
        }
        else
        {
            city = commune is not null && string.IsNullOrWhiteSpace(address.City)
                ? AddressCommunes.CityName(commune)
                : errors.Text(CityField, address.City, FieldLimits.City);
            postalCode = commune is not null && address.PostalCode is null
                ? DefaultPostalCode(commune, errors)
                : PostalCode(address.PostalCode, countryCode, errors);
        }

        if (commune is not null && postalCode is not null && !commune.PostalCodes.Contains(postalCode))
        {
            errors.Add(PostalCodeField,
                $"{postalCode} is not a postal code of {commune.Name} ({commune.Code}), which has {string.Join(", ", commune.PostalCodes)}.");
        }

        var coordinatesGiven = latitude is not null || longitude is not null || countryCode != "FR";
        if (!coordinatesGiven && commune is null && postalCode is not null && city is not null)
        {
            commune = CommuneByName(postalCode, city, errors);
        }

        if (coordinatesGiven)
        {
            var point = Coordinates(latitude, longitude, errors);
            commune ??= countryCode == "FR" && postalCode is not null && city is not null && point is { } p
                ? AddressCommunes.Locate(postalCode, city, p.Latitude, p.Longitude)
                : null;
            return new CheckedAddress(street, postalCode, city, countryCode, commune?.Code, point, LocationPrecision.Address);
        }

        return new CheckedAddress(street, postalCode, city, countryCode, commune?.Code,
            commune is null ? null : (commune.Latitude, commune.Longitude), LocationPrecision.Commune);
    }

    private static Commune? CommuneByCode(string? value, string? countryCode, FieldErrors errors)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var commune = Gazetteer.France.Commune(code);
        if (commune is null)
        {
            errors.Add(CommuneCodeField, $"No commune has the INSEE code '{Clip(code)}' (see `places`): a 5-character code such as 42218.");
        }
        else if (countryCode != "FR")
        {
            errors.Add(CommuneCodeField, "A commune is a French address's: leave it out abroad.");
        }
        else if (FrenchDepartments.Find(commune.DepartmentCode) is null)
        {
            errors.Add(CommuneCodeField, $"{commune.Name} is in an overseas collectivité ({commune.DepartmentCode}), where offers are not published.");
        }
        else
        {
            return commune;
        }

        return null;
    }

    /// <summary>A commune given by code brings its postal code when it has only one.</summary>
    private static string? DefaultPostalCode(Commune commune, FieldErrors errors)
    {
        if (commune.PostalCodes is [var only])
        {
            return only;
        }

        errors.Add(PostalCodeField, $"Required: {commune.Name} has several postal codes ({string.Join(", ", commune.PostalCodes)}).");
        return null;
    }

    private static Commune? CommuneByName(string postalCode, string city, FieldErrors errors)
    {
        var named = AddressCommunes.Named(postalCode, city);
        if (named.Count == 1)
        {
            return named[0];
        }

        var served = Gazetteer.France.WithPostalCode(postalCode);
        if (served.Count == 0)
        {
            errors.Add(PostalCodeField, $"No commune has the postal code {postalCode}: give address.communeCode, or latitude and longitude.");
        }
        else if (named.Count == 0)
        {
            errors.Add(CityField, $"No commune named '{Clip(city)}' has the postal code {postalCode} (it serves {string.Join(", ", served.Take(10).Select(c => c.Name))}" +
                $"{(served.Count > 10 ? ", …" : "")}): correct the city, or give address.communeCode, or latitude and longitude.");
        }
        else
        {
            errors.Add(CityField, $"Several communes named '{Clip(city)}' have the postal code {postalCode} ({string.Join(", ", named.Select(c => c.Code))}): " +
                "give address.communeCode, or latitude and longitude.");
        }

        return null;
    }

    private static string? CountryCode(string? value, FieldErrors errors)
    {
        var code = (value ?? "FR").Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            errors.Add("address.countryCode", "An ISO 3166-1 alpha-2 country code, such as FR or DE.");
            return null;
        }

        return code;
    }

    private static string? PostalCode(string? value, string? countryCode, FieldErrors errors)
    {
        var postalCode = value?.Trim();
        if (countryCode == "FR")
        {
            if (postalCode is null || FrenchDepartments.CodeFromPostalCode(postalCode) is null)
            {
                errors.Add(PostalCodeField, "A French postal code: 5 digits naming a département (e.g. 75011, 20000, 97400).");
                return null;
            }

            return postalCode;
        }

        return string.IsNullOrEmpty(postalCode) ? null : errors.Text(PostalCodeField, postalCode, FieldLimits.PostalCode);
    }

    private static (double Latitude, double Longitude)? Coordinates(double? latitude, double? longitude, FieldErrors errors)
    {
        var valid = true;
        if (latitude is not (>= -90 and <= 90))
        {
            errors.Add("latitude", "Required: a latitude from -90 to 90 degrees.");
            valid = false;
        }

        if (longitude is not (>= -180 and <= 180))
        {
            errors.Add("longitude", "Required: a longitude from -180 to 180 degrees.");
            valid = false;
        }

        if (valid && latitude == 0 && longitude == 0)
        {
            errors.Add("latitude", "The coordinates (0, 0) are a missing geocode, not a place: give the address's coordinates.");
            errors.Add("longitude", "The coordinates (0, 0) are a missing geocode, not a place: give the address's coordinates.");
            valid = false;
        }

        return valid ? (latitude!.Value, longitude!.Value) : null;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
