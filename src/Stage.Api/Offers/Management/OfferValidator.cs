using Stage.Api.Data;

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
    /// internships of the offer being updated (seats may not go below it); <paramref name="calendar"/> gives the
    /// mandatory 2nde periods.
    /// </summary>
    public static ValidOffer? Validate(OfferFields fields, SchoolCalendar calendar, FieldErrors errors, int seatsTaken = 0)
    {
        var title = errors.Text("title", fields.Title, FieldLimits.OfferTitle);
        var description = errors.Text("description", fields.Description, FieldLimits.OfferDescription);
        var sectorId = Sector(fields.SectorCode, errors);
        var seats = Seats(fields.Seats, seatsTaken, errors);
        var address = OfferAddressRules.Check(fields.Address, fields.Latitude, fields.Longitude, errors);
        var (grades, weeks) = OfferPeriodRules.Check(fields.Grades, fields.Weeks, address.CountryCode, calendar, errors);

        return errors.IsEmpty
            ? new ValidOffer(title!, description!, sectorId!.Value, grades!, weeks!, seats!.Value, address.Street!, address.PostalCode,
                address.City!, address.CountryCode!, address.CommuneCode, address.Point!.Value.Latitude, address.Point.Value.Longitude, address.Precision)
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
}
