using System.Collections;
using System.Globalization;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Reads the GraphQL input dictionaries of the offer mutations. A key that is present replaces the
/// current value, even with null (the rules then refuse the missing value); a missing key keeps it.
/// </summary>
public static class OfferInputReader
{
    public static OfferDraft Draft(IReadOnlyDictionary<string, object?> input) => new(
        Overlay(new OfferFields(null, null, null, null, null, null, null, null, null), input),
        new EmployerReference(input.GetValueOrDefault("employerId") as string, Employer(input.GetValueOrDefault("newEmployer"))),
        input.GetValueOrDefault("remoteId") as string,
        input.GetValueOrDefault("publish") as bool?);

    /// <summary>The fields of <paramref name="current"/> with those <paramref name="input"/> gives laid over them.</summary>
    public static OfferFields Overlay(OfferFields current, IReadOnlyDictionary<string, object?> input)
    {
        T? Get<T>(string key, T? currentValue, Func<object, T?> read) =>
            input.TryGetValue(key, out var value) ? (value is null ? default : read(value)) : currentValue;

        return new OfferFields(
            Get("title", current.Title, v => v as string),
            Get("description", current.Description, v => v as string),
            Get("sectorCode", current.SectorCode, v => v as string),
            Get("grades", current.Grades, v => List(v).Select(g => g is Grade grade ? grade : Enum.Parse<Grade>(Convert.ToString(g, CultureInfo.InvariantCulture)!, true)).ToList()),
            Get("weeks", current.Weeks, v => List(v).Select(w => w as string ?? "").ToList()),
            Get("seats", current.Seats, v => (int?)Convert.ToInt32(v, CultureInfo.InvariantCulture)),
            Get("address", current.Address, Address),
            Get("latitude", current.Latitude, v => (double?)Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            Get("longitude", current.Longitude, v => (double?)Convert.ToDouble(v, CultureInfo.InvariantCulture)));
    }

    /// <summary>The items of a list input.</summary>
    public static IReadOnlyList<object?> List(object? value) =>
        value is IEnumerable items and not string ? [.. items.Cast<object?>()] : [];

    public static IReadOnlyDictionary<string, object?> InputObject(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? (value is IDictionary<string, object?> d ? d.AsReadOnly() : new Dictionary<string, object?>());

    private static AddressFields Address(object value)
    {
        var address = InputObject(value);
        return new AddressFields(
            address.GetValueOrDefault("street") as string,
            address.GetValueOrDefault("postalCode") as string,
            address.GetValueOrDefault("city") as string,
            address.TryGetValue("countryCode", out var country) ? country as string : "FR");
    }

    private static EmployerDraft? Employer(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var employer = InputObject(value);
        return new EmployerDraft(
            employer.GetValueOrDefault("name") as string,
            employer.GetValueOrDefault("kind") as HostKind?,
            employer.GetValueOrDefault("description") as string,
            employer.GetValueOrDefault("website") as string,
            employer.GetValueOrDefault("siret") as string);
    }
}
