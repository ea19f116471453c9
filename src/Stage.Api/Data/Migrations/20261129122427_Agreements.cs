using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Stage.Api.Agreements;
using Stage.Api.Identity;
using Stage.Api.Schools;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Agreements : Migration
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

            migrationBuilder.CreateTable(
                name: "agreement_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_events");

            migrationBuilder.DropTable(
                name: "agreement_signatures");

            migrationBuilder.DropTable(
                name: "agreements");

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
                .OldAnnotation("Npgsql:Enum:agreement_status", "completed_by_employer,draft,signed_by_all,validated_by_school")
                .OldAnnotation("Npgsql:Enum:application_status", "accepted_by_employer,canceled_by_employer,confirmed,expired,read,rejected,submitted,withdrawn")
                .OldAnnotation("Npgsql:Enum:grade", "quatrieme,seconde,troisieme")
                .OldAnnotation("Npgsql:Enum:host_kind", "administration,association,local_authority,micro_enterprise,private_company,public_establishment")
                .OldAnnotation("Npgsql:Enum:offer_status", "need_to_be_updated,published,removed,unpublished")
                .OldAnnotation("Npgsql:Enum:school_kind", "college,lycee")
                .OldAnnotation("Npgsql:Enum:signatory", "employer,legal_representative,pupil,school_head")
                .OldAnnotation("Npgsql:Enum:staff_role", "administrative_staff,cpe,school_head,teacher")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
