using Stage.Api.Data;
using Stage.Api.Geography;

namespace Stage.Api.Offers.Management;

/// <summary>
/// The rules of an offer's fields (the real platform's), checked all at once without the database:
/// every invalid field is reported, named by its path from <c>input</c>.
/// </summary>
public static class OfferValidator
{
    public const int MaxSeats = 6000;

    /// <summary>
    /// Validates <paramref name="fields"/>; <paramref name="seatsTaken"/> is the number of confirmed
    /// internships of the offer being updated (seats may not go below it).
    /// </summary>
    public static ValidOffer? Validate(OfferFields fields, FieldErrors errors, int seatsTaken = 0)
    {
        var title = errors.Text("title", fields.Title, FieldLimits.OfferTitle);
        var description = errors.Text("description", fields.Description, FieldLimits.OfferDescription);
        var sectorId = Sector(fields.SectorCode, errors);
        var seats = Seats(fields.Seats, seatsTaken, errors);
        var address = fields.Address ?? new AddressFields(null, null, null);
        var countryCode = CountryCode(address.CountryCode, errors);
        var street = errors.Text("address.street", address.Street, FieldLimits.Street);
        var city = errors.Text("address.city", address.City, FieldLimits.City);
        var postalCode = PostalCode(address.PostalCode, countryCode, errors);
        var coordinates = Coordinates(fields.Latitude, fields.Longitude, errors);
        var (grades, weeks) = OfferPeriodRules.Check(fields.Grades, fields.Weeks, countryCode, errors);

        return errors.IsEmpty
            ? new ValidOffer(title!, description!, sectorId!.Value, grades!, weeks!, seats!.Value, street!, postalCode, city!,
                countryCode!, coordinates!.Value.Latitude, coordinates.Value.Longitude)
            : null;
    }

    private static int? Sector(string? code, FieldErrors errors)
    {
        var trimmed = code?.Trim();
        var sector = Sectors.All.FirstOrDefault(s => string.Equals(s.Code, trimmed, StringComparison.OrdinalIgnoreCase));
        if (sector is null)
        {
            errors.Add("sectorCode", "Required: a sector code from s1 to s51 (see `sectors`).");
        }

        return sector?.Id;
    }

    private static int? Seats(int? seats, int seatsTaken, FieldErrors errors)
    {
        if (seats is not { } value || value < 1 || value > MaxSeats)
        {
            errors.Add("seats", $"Required: 1 to {MaxSeats} seats.");
            return null;
        }

        if (value < seatsTaken)
        {
            errors.Add("seats", $"{seatsTaken} seats are already taken by confirmed internships: the offer cannot have fewer.");
            return null;
        }

        return value;
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
                errors.Add("address.postalCode", "A French postal code: 5 digits naming a département (e.g. 75011, 20000, 97400).");
                return null;
            }

            return postalCode;
        }

        return string.IsNullOrEmpty(postalCode) ? null : errors.Text("address.postalCode", postalCode, FieldLimits.PostalCode);
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
}
