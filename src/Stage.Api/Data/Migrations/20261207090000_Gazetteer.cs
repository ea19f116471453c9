using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The gazetteer's tables (régions, académies, départements, communes). They hold reference data that
    /// <c>GazetteerTables.LoadAsync</c> copies from the embedded data file after migrating, never written through EF,
    /// so they are not part of the EF model.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261207090000_Gazetteer")]
    public sealed class Gazetteer : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE regions (
                code text PRIMARY KEY,
                name text NOT NULL,
                chef_lieu_code text NOT NULL);
            CREATE TABLE academies (
                code text PRIMARY KEY,
                name text NOT NULL,
                seat_code text NOT NULL);
            CREATE TABLE departments (
                code text PRIMARY KEY,
                name text NOT NULL,
                region_code text NOT NULL REFERENCES regions (code),
                academy_code text REFERENCES academies (code),
                chef_lieu_code text NOT NULL);
            CREATE TABLE communes (
                code text PRIMARY KEY,
                name text NOT NULL,
                department_code text NOT NULL REFERENCES departments (code),
                region_code text NOT NULL REFERENCES regions (code),
                academy_code text REFERENCES academies (code),
                city_code text,
                population integer NOT NULL CHECK (population >= 0),
                postal_codes text[] NOT NULL,
                latitude double precision NOT NULL,
                longitude double precision NOT NULL,
                location geography (Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography) STORED,
                point_precision text NOT NULL CHECK (point_precision IN ('place', 'postal_code', 'intermunicipality', 'department', 'manual')),
                CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
            CREATE INDEX ix_communes_postal_codes ON communes USING gin (postal_codes);
            CREATE INDEX ix_communes_department_code ON communes (department_code);
            CREATE INDEX ix_communes_location ON communes USING gist (location);
            CREATE TABLE gazetteer_versions (
                data_sha256 text PRIMARY KEY,
                loaded_at timestamp with time zone NOT NULL DEFAULT now());
            """);

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TABLE gazetteer_versions, communes, departments, academies, regions;");
    }
}
