using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Geography;

namespace Stage.Api.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    private const string PublishedOnly = "status = 'published'";

    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers", table =>
        {
            table.HasCheckConstraint("ck_offers_title_not_blank", "length(btrim(title)) > 0");
            table.HasCheckConstraint("ck_offers_seats", "seats BETWEEN 1 AND 6000");
            table.HasCheckConstraint("ck_offers_seats_taken", "seats_taken BETWEEN 0 AND seats");
            table.HasCheckConstraint("ck_offers_grades",
                "cardinality(grades) BETWEEN 1 AND 2 AND (grades <@ ARRAY['quatrieme','troisieme']::grade[] OR grades = ARRAY['seconde']::grade[])");
            table.HasCheckConstraint("ck_offers_weeks", "cardinality(weeks) BETWEEN 1 AND 53 AND stage_weeks_are_distinct_mondays(weeks)");
            table.HasCheckConstraint("ck_offers_country_code", "country_code ~ '^[A-Z]{2}$'");
            table.HasCheckConstraint("ck_offers_french_postal_code", "country_code <> 'FR' OR department_code IS NOT NULL");
            table.HasCheckConstraint("ck_offers_coordinates", Coordinates.CheckSql);
            table.HasCheckConstraint("ck_offers_remote_id_has_operator", "remote_id IS NULL OR operator_id IS NOT NULL");
            table.HasCheckConstraint("ck_offers_reserved_school_ids", $"cardinality(reserved_school_ids) <= {OfferVisibility.MaxReservedSchools}");
        });

        builder.Ignore(o => o.DistanceKm);
        builder.Property(o => o.Title).HasMaxLength(FieldLimits.OfferTitle);
        builder.Property(o => o.Description).HasMaxLength(FieldLimits.OfferDescription);
        builder.Property(o => o.RemoteId).HasMaxLength(FieldLimits.RemoteId);
        builder.Property(o => o.Street).HasMaxLength(FieldLimits.Street);
        builder.Property(o => o.PostalCode).HasMaxLength(FieldLimits.PostalCode);
        builder.Property(o => o.City).HasMaxLength(FieldLimits.City);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength().HasDefaultValue("FR");
        builder.Property(o => o.CommuneCode).HasMaxLength(5);
        builder.Property(o => o.Location).HasColumnType("geography (Point, 4326)").HasComputedColumnSql(Coordinates.LocationSql, stored: true);
        builder.Property(o => o.SeatsTaken).HasDefaultValue(0);

        builder.Property(o => o.FirstDate).HasComputedColumnSql("stage_first_monday(weeks)", stored: true);
        builder.Property(o => o.LastDate).HasComputedColumnSql("stage_last_friday(weeks)", stored: true);
        builder.Property(o => o.RemainingSeats).HasComputedColumnSql("seats - seats_taken", stored: true);
        builder.Property(o => o.DepartmentCode).HasMaxLength(3)
            .HasComputedColumnSql("stage_department_of(country_code, postal_code)", stored: true);
        builder.Property(o => o.RegionCode).HasMaxLength(2)
            .HasComputedColumnSql("stage_region_of(stage_department_of(country_code, postal_code))", stored: true);

        builder.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(o => o.UpdatedAt).HasDefaultValueSql("now()").ValueGeneratedOnAddOrUpdate();

        builder.HasOne(o => o.Sector).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Employer).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Operator).WithMany().OnDelete(DeleteBehavior.Restrict);
        // An array, not a join table: the visibility rule then reads the row the search already holds (see DECISIONS).
        builder.Property(o => o.ReservedSchoolIds).HasDefaultValueSql("'{}'::bigint[]");
        builder.HasIndex(o => o.ReservedSchoolIds).HasMethod("gin");

        builder.HasIndex(o => o.Location).HasMethod("gist");
        builder.HasIndex(o => new { o.OperatorId, o.RemoteId }).IsUnique();

        // Public searches always read published offers: the search indexes leave out the rest.
        // Radius search within a sector: nearest-neighbour scan on (sector, location) (needs btree_gist).
        builder.HasIndex(o => new { o.SectorId, o.Location })
            .HasMethod("gist").HasFilter(PublishedOnly);
        // Keyset pages by start date, within a sector or not.
        builder.HasIndex(o => new { o.SectorId, o.FirstDate, o.Id }).HasFilter(PublishedOnly);
        builder.HasIndex(o => new { o.FirstDate, o.Id }).HasFilter(PublishedOnly);
    }
}
