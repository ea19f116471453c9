using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;
using Stage.Api.Agreements;
using Stage.Api.Applications;
using Stage.Api.Identity;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:account_kind", "admin,employer_member,operator,pupil,staff")
                .Annotation("Npgsql:Enum:agreement_status", "completed_by_employer,draft,signed_by_all,validated_by_school")
                .Annotation("Npgsql:Enum:application_status", "accepted_by_employer,canceled_by_employer,confirmed,expired,read,rejected,submitted,withdrawn")
                .Annotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .Annotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .Annotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .Annotation("Npgsql:Enum:school_kind", "college,lycee")
                .Annotation("Npgsql:Enum:signatory", "employer,legal_representative,pupil,school_head")
                .Annotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.Sql(BaselineSql.Functions);

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    region_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    department_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    allowed_origins = table.Column<List<string>>(type: "text[]", nullable: false),
                    persisted_operations_only = table.Column<bool>(type: "boolean", nullable: false),
                    rate_limit_per_minute = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.CheckConstraint("ck_api_keys_rate_limit_positive", "rate_limit_per_minute > 0");
                    table.CheckConstraint("ck_api_keys_revoked_after_created", "revoked_at >= created_at");
                    table.CheckConstraint("ck_api_keys_secret_hash_is_sha256", "octet_length(secret_hash) = 32");
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    kind = table.Column<HostKind>(type: "host_kind", nullable: false),
                    description = table.Column<string>(type: "character varying(275)", maxLength: 275, nullable: true),
                    website = table.Column<string>(type: "character varying(560)", maxLength: 560, nullable: true),
                    siret = table.Column<string>(type: "character(14)", fixedLength: true, maxLength: 14, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                    table.CheckConstraint("ck_employers_name_not_blank", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_employers_siret", "siret ~ '^[0-9]{14}$'");
                });

            migrationBuilder.CreateTable(
                name: "operators",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "schools",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    uai = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<SchoolKind>(type: "school_kind", nullable: false),
                    street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    city = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true, computedColumnSql: "stage_department_of('FR', postal_code)", stored: true),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    location = table.Column<Point>(type: "geography (Point, 4326)", nullable: false, computedColumnSql: "ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schools", x => x.id);
                    table.CheckConstraint("ck_schools_coordinates", "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 AND NOT (latitude = 0 AND longitude = 0)");
                    table.CheckConstraint("ck_schools_postal_code", "department_code IS NOT NULL");
                    table.CheckConstraint("ck_schools_uai", "uai ~ '^[0-9]{7}[A-Z]$'");
                });

            migrationBuilder.CreateTable(
                name: "sectors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sectors", x => x.id);
                    table.CheckConstraint("ck_sectors_code", "code = 's' || id");
                });

            migrationBuilder.CreateTable(
                name: "employer_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    employer_id = table.Column<long>(type: "bigint", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_members_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pupils",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ine = table.Column<string>(type: "character(11)", fixedLength: true, maxLength: 11, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    grade = table.Column<Grade>(type: "grade", nullable: false),
                    class_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    school_id = table.Column<long>(type: "bigint", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pupils", x => x.id);
                    table.CheckConstraint("ck_pupils_birth_date", "birth_date BETWEEN DATE '1990-01-01' AND DATE '2030-12-31'");
                    table.CheckConstraint("ck_pupils_ine", "ine ~ '^[0-9]{9}[0-9A-Z][A-Z]$'");
                    table.ForeignKey(
                        name: "fk_pupils_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    school_id = table.Column<long>(type: "bigint", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    role = table.Column<StaffRole>(type: "staff_role", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_members_schools_school_id",
                        column: x => x.school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    description = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    sector_id = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<long>(type: "bigint", nullable: false),
                    operator_id = table.Column<long>(type: "bigint", nullable: true),
                    remote_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reserved_school_id = table.Column<long>(type: "bigint", nullable: true),
                    grades = table.Column<Grade[]>(type: "grade[]", nullable: false),
                    weeks = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    first_date = table.Column<DateOnly>(type: "date", nullable: false, computedColumnSql: "stage_first_monday(weeks)", stored: true),
                    last_date = table.Column<DateOnly>(type: "date", nullable: false, computedColumnSql: "stage_last_friday(weeks)", stored: true),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    seats_taken = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    remaining_seats = table.Column<int>(type: "integer", nullable: false, computedColumnSql: "seats - seats_taken", stored: true),
                    status = table.Column<OfferStatus>(type: "offer_status", nullable: false),
                    street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    city = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true, computedColumnSql: "stage_department_of(country_code, postal_code)", stored: true),
                    region_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, computedColumnSql: "stage_region_of(stage_department_of(country_code, postal_code))", stored: true),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false, defaultValue: "FR"),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    location = table.Column<Point>(type: "geography (Point, 4326)", nullable: false, computedColumnSql: "ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offers", x => x.id);
                    table.CheckConstraint("ck_offers_coordinates", "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 AND NOT (latitude = 0 AND longitude = 0)");
                    table.CheckConstraint("ck_offers_country_code", "country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_offers_french_postal_code", "country_code <> 'FR' OR department_code IS NOT NULL");
                    table.CheckConstraint("ck_offers_grades", "cardinality(grades) BETWEEN 1 AND 2 AND (grades <@ ARRAY['quatrieme','troisieme']::grade[] OR grades = ARRAY['seconde']::grade[])");
                    table.CheckConstraint("ck_offers_remote_id_has_operator", "remote_id IS NULL OR operator_id IS NOT NULL");
                    table.CheckConstraint("ck_offers_seats", "seats BETWEEN 1 AND 6000");
                    table.CheckConstraint("ck_offers_seats_taken", "seats_taken BETWEEN 0 AND seats");
                    table.CheckConstraint("ck_offers_title_not_blank", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_offers_weeks", "cardinality(weeks) BETWEEN 1 AND 53 AND stage_weeks_are_distinct_mondays(weeks)");
                    table.ForeignKey(
                        name: "fk_offers_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_offers_operators_operator_id",
                        column: x => x.operator_id,
                        principalTable: "operators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_offers_schools_reserved_school_id",
                        column: x => x.reserved_school_id,
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_offers_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    issuer = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    kind = table.Column<AccountKind>(type: "account_kind", nullable: false),
                    pupil_id = table.Column<long>(type: "bigint", nullable: true),
                    staff_member_id = table.Column<long>(type: "bigint", nullable: true),
                    employer_member_id = table.Column<long>(type: "bigint", nullable: true),
                    operator_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                    table.CheckConstraint("ck_accounts_link_matches_kind", "(kind = 'pupil') = (pupil_id IS NOT NULL) AND (kind = 'staff') = (staff_member_id IS NOT NULL) AND (kind = 'employer_member') = (employer_member_id IS NOT NULL) AND (kind = 'operator') = (operator_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_accounts_employer_members_employer_member_id",
                        column: x => x.employer_member_id,
                        principalTable: "employer_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_accounts_operators_operator_id",
                        column: x => x.operator_id,
                        principalTable: "operators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_accounts_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_accounts_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pupil_id = table.Column<long>(type: "bigint", nullable: false),
                    offer_id = table.Column<long>(type: "bigint", nullable: false),
                    weeks = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    period = table.Column<NpgsqlRange<DateOnly>>(type: "daterange", nullable: false, computedColumnSql: "daterange(stage_first_monday(weeks), stage_last_friday(weeks), '[]')", stored: true),
                    motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<ApplicationStatus>(type: "application_status", nullable: false),
                    employer_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.CheckConstraint("ck_applications_motivation_not_blank", "length(btrim(motivation)) > 0");
                    table.CheckConstraint("ck_applications_weeks", "cardinality(weeks) BETWEEN 1 AND 2 AND stage_weeks_are_distinct_mondays(weeks)");
                    table.ForeignKey(
                        name: "fk_applications_offers_offer_id",
                        column: x => x.offer_id,
                        principalTable: "offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    input_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    result = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.account_id, x.key });
                    table.ForeignKey(
                        name: "fk_idempotency_keys_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<long>(type: "bigint", nullable: true),
                    agreement_id = table.Column<long>(type: "bigint", nullable: false),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    from_status = table.Column<AgreementStatus>(type: "agreement_status", nullable: true),
                    to_status = table.Column<AgreementStatus>(type: "agreement_status", nullable: true),
                    author_account_id = table.Column<long>(type: "bigint", nullable: true),
                    author_role = table.Column<AccountKind>(type: "account_kind", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_events", x => x.id);
                    table.CheckConstraint("ck_agreement_events_author", "(author_account_id IS NULL) = (author_role IS NULL)");
                    table.CheckConstraint("ck_agreement_events_change", "from_status IS NOT NULL OR to_status IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_agreement_events_accounts_author_account_id",
                        column: x => x.author_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    pupil_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<AgreementStatus>(type: "agreement_status", nullable: false),
                    pupil_first_name = table.Column<string>(type: "text", nullable: false),
                    pupil_last_name = table.Column<string>(type: "text", nullable: false),
                    pupil_birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    pupil_class_name = table.Column<string>(type: "text", nullable: false),
                    grade = table.Column<Grade>(type: "grade", nullable: false),
                    school_name = table.Column<string>(type: "text", nullable: false),
                    school_address = table.Column<string>(type: "text", nullable: false),
                    host_name = table.Column<string>(type: "text", nullable: false),
                    host_siret = table.Column<string>(type: "text", nullable: true),
                    host_address = table.Column<string>(type: "text", nullable: false),
                    offer_title = table.Column<string>(type: "text", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    weeks = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    tutor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tutor_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tutor_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tutor_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    activity_description = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: true),
                    daily_hours = table.Column<string>(type: "jsonb", nullable: true),
                    school_head_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referent_teacher_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referent_teacher_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    legal_representative_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    legal_representative_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signing_token_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    signing_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.CheckConstraint("ck_agreements_activity_length", "char_length(activity_description) <= 1500");
                    table.CheckConstraint("ck_agreements_completed", "status = 'draft' OR (tutor_name IS NOT NULL AND tutor_role IS NOT NULL AND tutor_email IS NOT NULL AND activity_description IS NOT NULL AND daily_hours IS NOT NULL)");
                    table.CheckConstraint("ck_agreements_dates", "start_date <= end_date");
                    table.CheckConstraint("ck_agreements_token", "(signing_token_hash IS NULL) = (signing_token_expires_at IS NULL)");
                    table.CheckConstraint("ck_agreements_validated", "status IN ('draft', 'completed_by_employer') OR (school_head_name IS NOT NULL AND referent_teacher_name IS NOT NULL AND legal_representative_name IS NOT NULL AND legal_representative_email IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_agreements_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agreements_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<long>(type: "bigint", nullable: true),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    from_status = table.Column<ApplicationStatus>(type: "application_status", nullable: true),
                    to_status = table.Column<ApplicationStatus>(type: "application_status", nullable: false),
                    author_account_id = table.Column<long>(type: "bigint", nullable: true),
                    author_role = table.Column<AccountKind>(type: "account_kind", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_events", x => x.id);
                    table.CheckConstraint("ck_application_events_author", "(author_account_id IS NULL) = (author_role IS NULL)");
                    table.ForeignKey(
                        name: "fk_application_events_accounts_author_account_id",
                        column: x => x.author_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_application_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_signatures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<long>(type: "bigint", nullable: false),
                    role = table.Column<Signatory>(type: "signatory", nullable: false),
                    signer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signer_account_id = table.Column<long>(type: "bigint", nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_signatures", x => x.id);
                    table.CheckConstraint("ck_agreement_signatures_account", "(signer_account_id IS NULL) = (role = 'legal_representative')");
                    table.ForeignKey(
                        name: "fk_agreement_signatures_accounts_signer_account_id",
                        column: x => x.signer_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_signatures_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "sectors",
                columns: new[] { "id", "code", "name" },
                values: new object[,]
                {
                    { 1, "s1", "Agroéquipement" },
                    { 2, "s2", "Architecture, urbanisme et paysage" },
                    { 3, "s3", "Armée - Défense" },
                    { 4, "s4", "Art et design" },
                    { 5, "s5", "Artisanat d'art" },
                    { 6, "s6", "Arts du spectacle" },
                    { 7, "s7", "Audiovisuel" },
                    { 8, "s8", "Automobile" },
                    { 9, "s9", "Banque et assurance" },
                    { 10, "s10", "Bâtiment et travaux publics (BTP)" },
                    { 11, "s11", "Bien-être" },
                    { 12, "s12", "Commerce et distribution" },
                    { 13, "s13", "Communication" },
                    { 14, "s14", "Comptabilité, gestion, ressources humaines" },
                    { 15, "s15", "Conseil et audit" },
                    { 16, "s16", "Construction aéronautique, ferroviaire et navale" },
                    { 17, "s17", "Culture et patrimoine" },
                    { 18, "s18", "Droit et justice" },
                    { 19, "s19", "Édition, librairie, bibliothèque" },
                    { 20, "s20", "Électronique" },
                    { 21, "s21", "Énergie" },
                    { 22, "s22", "Enseignement" },
                    { 23, "s23", "Environnement" },
                    { 24, "s24", "Filière bois" },
                    { 25, "s25", "Fonction publique" },
                    { 26, "s26", "Hôtellerie, restauration" },
                    { 27, "s27", "Immobilier, transactions immobilières" },
                    { 28, "s28", "Industrie alimentaire" },
                    { 29, "s29", "Industrie chimique" },
                    { 30, "s30", "Industrie, ingénierie industrielle" },
                    { 31, "s31", "Informatique et réseaux" },
                    { 32, "s32", "Jeu vidéo" },
                    { 33, "s33", "Journalisme" },
                    { 34, "s34", "Logistique et transport" },
                    { 35, "s35", "Maintenance" },
                    { 36, "s36", "Marketing, publicité" },
                    { 37, "s37", "Mécanique" },
                    { 38, "s38", "Métiers d'art" },
                    { 39, "s39", "Mode" },
                    { 40, "s40", "Papiers Cartons" },
                    { 41, "s41", "Paramédical" },
                    { 42, "s42", "Recherche" },
                    { 43, "s43", "Santé" },
                    { 44, "s44", "Sécurité" },
                    { 45, "s45", "Services postaux" },
                    { 46, "s46", "Social" },
                    { 47, "s47", "Sport" },
                    { 48, "s48", "Tourisme" },
                    { 49, "s49", "Traduction, interprétation" },
                    { 50, "s50", "Verre, béton, céramique" },
                    { 51, "s51", "Agriculture" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_employer_member_id",
                table: "accounts",
                column: "employer_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_issuer_subject",
                table: "accounts",
                columns: new[] { "issuer", "subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_operator_id",
                table: "accounts",
                column: "operator_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_pupil_id",
                table: "accounts",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_staff_member_id",
                table: "accounts",
                column: "staff_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_events_agreement_id_id",
                table: "agreement_events",
                columns: new[] { "agreement_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_events_application_id_id",
                table: "agreement_events",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_events_author_account_id",
                table: "agreement_events",
                column: "author_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_events_position",
                table: "agreement_events",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_signatures_agreement_id_role",
                table: "agreement_signatures",
                columns: new[] { "agreement_id", "role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_signatures_signer_account_id",
                table: "agreement_signatures",
                column: "signer_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_application_id",
                table: "agreements",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreements_pupil_id_status",
                table: "agreements",
                columns: new[] { "pupil_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_signing_token_hash",
                table: "agreements",
                column: "signing_token_hash",
                unique: true,
                filter: "signing_token_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_prefix",
                table: "api_keys",
                column: "prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id_id",
                table: "application_events",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_application_events_author_account_id",
                table: "application_events",
                column: "author_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_events_position",
                table: "application_events",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_offer_id_status",
                table: "applications",
                columns: new[] { "offer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_pupil_id_offer_id",
                table: "applications",
                columns: new[] { "pupil_id", "offer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_status_status_changed_at",
                table: "applications",
                columns: new[] { "status", "status_changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_employer_members_employer_id",
                table: "employer_members",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_employers_siret",
                table: "employers",
                column: "siret");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_offers_employer_id",
                table: "offers",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_offers_first_date_id",
                table: "offers",
                columns: new[] { "first_date", "id" },
                filter: "status = 'published'");

            migrationBuilder.CreateIndex(
                name: "ix_offers_location",
                table: "offers",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_offers_operator_id_remote_id",
                table: "offers",
                columns: new[] { "operator_id", "remote_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_offers_reserved_school_id",
                table: "offers",
                column: "reserved_school_id");

            migrationBuilder.CreateIndex(
                name: "ix_offers_search_vector",
                table: "offers",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_offers_sector_id_first_date_id",
                table: "offers",
                columns: new[] { "sector_id", "first_date", "id" },
                filter: "status = 'published'");

            migrationBuilder.CreateIndex(
                name: "ix_offers_sector_id_location",
                table: "offers",
                columns: new[] { "sector_id", "location" },
                filter: "status = 'published'")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_operators_name",
                table: "operators",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pupils_ine",
                table: "pupils",
                column: "ine",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pupils_school_id",
                table: "pupils",
                column: "school_id");

            migrationBuilder.CreateIndex(
                name: "ix_schools_location",
                table: "schools",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_schools_uai",
                table: "schools",
                column: "uai",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sectors_code",
                table: "sectors",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_school_id",
                table: "staff_members",
                column: "school_id");

            migrationBuilder.Sql(BaselineSql.Triggers);
            migrationBuilder.Sql(BaselineSql.ConstraintsAndIndexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_events");

            migrationBuilder.DropTable(
                name: "agreement_signatures");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "employer_members");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "pupils");

            migrationBuilder.DropTable(
                name: "employers");

            migrationBuilder.DropTable(
                name: "operators");

            migrationBuilder.DropTable(
                name: "sectors");

            migrationBuilder.DropTable(
                name: "schools");

            migrationBuilder.Sql(BaselineSql.Drop);
        }
    }
}
