using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgreementEventPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "position",
                table: "agreement_events",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_events_position",
                table: "agreement_events",
                column: "position",
                unique: true);

            migrationBuilder.Sql(AgreementEventPositionsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AgreementEventPositionsSql.Down);

            migrationBuilder.DropIndex(
                name: "ix_agreement_events_position",
                table: "agreement_events");

            migrationBuilder.DropColumn(
                name: "position",
                table: "agreement_events");
        }
    }
}
