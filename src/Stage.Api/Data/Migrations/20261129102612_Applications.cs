using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;
using Stage.Api.Applications;
using Stage.Api.Identity;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:account_kind", "admin,employer_member,operator,pupil,staff")
                .Annotation("Npgsql:Enum:application_status", "accepted_by_employer,canceled_by_employer,confirmed,expired,read,rejected,submitted,withdrawn")
                .Annotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .Annotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .Annotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .Annotation("Npgsql:Enum:school_kind", "college,lycee")
                .Annotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:Enum:account_kind", "admin,employer_member,operator,pupil,staff")
                .OldAnnotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .OldAnnotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .OldAnnotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .OldAnnotation("Npgsql:Enum:school_kind", "college,lycee")
                .OldAnnotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

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
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
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

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id_id",
                table: "application_events",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_application_events_author_account_id",
                table: "application_events",
                column: "author_account_id");

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
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.Sql(ApplicationsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApplicationsSql.Down);

            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:account_kind", "admin,employer_member,operator,pupil,staff")
                .Annotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .Annotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .Annotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .Annotation("Npgsql:Enum:school_kind", "college,lycee")
                .Annotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:Enum:account_kind", "admin,employer_member,operator,pupil,staff")
                .OldAnnotation("Npgsql:Enum:application_status", "accepted_by_employer,canceled_by_employer,confirmed,expired,read,rejected,submitted,withdrawn")
                .OldAnnotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .OldAnnotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .OldAnnotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .OldAnnotation("Npgsql:Enum:school_kind", "college,lycee")
                .OldAnnotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
