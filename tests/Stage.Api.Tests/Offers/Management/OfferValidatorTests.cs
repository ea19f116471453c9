using Stage.Api.Offers;
using Stage.Api.Offers.Management;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>The offer rules on their own, without the database.</summary>
public sealed class OfferValidatorTests
{
    private static readonly OfferFields College = new(
        "Boulanger", "Une semaine au fournil.", "s28", [Grade.Troisieme, Grade.Quatrieme, Grade.Troisieme], ["2026-W10 ", "2026-W03"], 3,
        new AddressFields(" 12 rue de la République ", "75011", "Paris"), 48.8566, 2.3522);

    private static readonly OfferFields Seconde = College with { Grades = [Grade.Seconde], Weeks = ["2026-W26", "2026-W25"] };

    [Fact]
    public void A_valid_offer_is_normalised_as_stored()
    {
        var errors = new FieldErrors();

        var offer = OfferValidator.Validate(College, SchoolCalendar.System, errors);

        Assert.Empty(errors.All);
        Assert.NotNull(offer);
        Assert.Equal([Grade.Quatrieme, Grade.Troisieme], offer.Grades);
        Assert.Equal([new DateOnly(2026, 1, 12), new DateOnly(2026, 3, 2)], offer.Weeks);
        Assert.Equal((28, "12 rue de la République", "FR"), (offer.SectorId, offer.Street, offer.CountryCode));
    }

    [Theory]
    [InlineData(2025, "2025-06-16")]
    [InlineData(2026, "2026-06-15")]
    [InlineData(2027, "2027-06-14")]
    [InlineData(2028, "2028-06-19")]
    [InlineData(2029, "2029-06-18")]
    public void The_seconde_period_ends_on_the_last_friday_of_june_and_starts_11_days_earlier(int year, string monday)
    {
        var period = SecondePeriod.Default(year);

        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), period.Week1);
        Assert.Equal(DayOfWeek.Monday, period.Week1.DayOfWeek);
        Assert.Equal(period.Week1.AddDays(7), period.Week2);
        Assert.Equal(6, period.Week2.AddDays(4).Month);
        Assert.True(period.Week2.AddDays(11).Month == 7, "The period ends on June's last Friday.");
    }

    [Fact]
    public void A_configured_seconde_period_replaces_the_computed_one_for_its_year()
    {
        var options = new SchoolCalendarOptions { SecondePeriods = { [2027] = new DateOnly(2027, 6, 21) } };
        var calendar = new SchoolCalendar(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(options));
        var errors = new FieldErrors();

        Assert.NotNull(OfferValidator.Validate(Seconde with { Weeks = ["2027-W25", "2027-W26"] }, calendar, errors));
        Assert.Null(OfferValidator.Validate(Seconde with { Weeks = ["2027-W24"] }, calendar, errors));
        Assert.Equal(new SecondePeriod(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 22)), calendar.SecondePeriodOf(2026));
    }

    [Theory]
    [InlineData(new[] { "2026-W25" }, true)]
    [InlineData(new[] { "2026-W26" }, true)]
    [InlineData(new[] { "2026-W26", "2026-W25" }, true)]
    [InlineData(new[] { "2027-W24", "2027-W25" }, true)]
    [InlineData(new[] { "2027-W25", "2027-W26" }, false)]
    [InlineData(new[] { "2026-W24" }, false)]
    [InlineData(new[] { "2026-W25", "2027-W24" }, false)]
    public void A_seconde_offer_covers_week_1_week_2_or_both_of_its_years_period(string[] weeks, bool valid)
    {
        var errors = new FieldErrors();

        OfferValidator.Validate(Seconde with { Weeks = weeks }, SchoolCalendar.System, errors);

        Assert.Equal(valid ? [] : ["weeks"], errors.All.Select(e => e.Field));
    }

    [Fact]
    public void Every_invalid_field_is_named_with_its_path_and_prefix()
    {
        var errors = new FieldErrors("offers[3]");
        var fields = new OfferFields(null, new string('x', 1501), "S99", [], ["2026-W25", "2026-W25", "x"], 7000,
            new AddressFields("", "2A000", "Ajaccio", "fr"), 95, 0);

        Assert.Null(OfferValidator.Validate(fields, SchoolCalendar.System, errors));

        Assert.Equal(
            ["offers[3].address.postalCode", "offers[3].address.street", "offers[3].description", "offers[3].grades", "offers[3].latitude",
             "offers[3].seats", "offers[3].sectorCode", "offers[3].title", "offers[3].weeks[1]", "offers[3].weeks[2]"],
            errors.All.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Abroad_is_for_seconde_offers_only_and_collège_weeks_are_in_the_school_year()
    {
        var abroad = new AddressFields("Unter den Linden 1", null, "Berlin", "DE");
        var errors = new FieldErrors();

        Assert.NotNull(OfferValidator.Validate(Seconde with { Address = abroad }, SchoolCalendar.System, errors));
        Assert.Null(OfferValidator.Validate(College with { Address = abroad, Weeks = ["2026-W27", "2026-W37", "2026-W31"] }, SchoolCalendar.System, errors));

        Assert.Equal(["address.countryCode", "weeks[0]", "weeks[2]"], errors.All.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Seats_may_not_go_below_the_seats_taken()
    {
        var errors = new FieldErrors();

        Assert.NotNull(OfferValidator.Validate(College with { Seats = 3 }, SchoolCalendar.System, errors, seatsTaken: 3));
        Assert.Null(OfferValidator.Validate(College with { Seats = 2 }, SchoolCalendar.System, errors, seatsTaken: 3));

        Assert.Equal(["seats"], errors.All.Select(e => e.Field));
    }

    [Fact]
    public void Operators_name_one_employer_and_members_none()
    {
        var details = new EmployerDraft("Réseau", HostKind.Association, null, null, "123");
        var errors = new FieldErrors();

        Assert.NotNull(EmployerValidator.Validate(AccountKind.EmployerMember, EmployerReference.None, errors));
        Assert.Null(EmployerValidator.Validate(AccountKind.EmployerMember, new EmployerReference("RW1wbG95ZXI6MQ", null), errors));
        Assert.Null(EmployerValidator.Validate(AccountKind.Operator, EmployerReference.None, errors));
        Assert.Null(EmployerValidator.Validate(AccountKind.Operator, new EmployerReference("RW1wbG95ZXI6MQ", details), errors));
        Assert.Null(EmployerValidator.Validate(AccountKind.Operator, new EmployerReference("T2ZmZXI6MQ", null), errors));
        Assert.Null(EmployerValidator.Validate(AccountKind.Operator, new EmployerReference(null, details), errors));
        Assert.NotNull(EmployerValidator.Validate(AccountKind.Operator, new EmployerReference("RW1wbG95ZXI6MQ", null), errors));

        Assert.Equal(["employerId", "employerId", "employerId", "employerId", "newEmployer.siret"], errors.All.Select(e => e.Field));
    }
}
