using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DoctorDayIndexPartial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens");

            migrationBuilder.CreateIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens",
                columns: new[] { "doctor_id", "booking_date" },
                filter: "doctor_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens");

            migrationBuilder.CreateIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens",
                columns: new[] { "doctor_id", "booking_date" });
        }
    }
}
