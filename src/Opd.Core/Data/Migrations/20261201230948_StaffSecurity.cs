using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_sign_ins",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "staff_users");

            migrationBuilder.AddColumn<bool>(
                name: "notes_by_staff",
                table: "tokens",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "staff_note",
                table: "token_events",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            // Rows written before the split kept staff remarks in the note. Which text a staff member
            // typed cannot be told apart any more, so every status-change note of a staff member is
            // taken as their remark (hidden from patients; staff read it as before). A transfer's
            // remark followed its "Transferred to …" line after a colon.
            migrationBuilder.Sql("""
                UPDATE token_events
                   SET staff_note = substr(note, strpos(note, ': ') + 2), note = substr(note, 1, strpos(note, ': ') - 1)
                 WHERE actor LIKE 'staff:%' AND note LIKE 'Transferred to %: %';
                UPDATE token_events SET staff_note = note, note = NULL
                 WHERE actor LIKE 'staff:%' AND note IS NOT NULL AND "from" IS DISTINCT FROM "to";
                UPDATE tokens t SET notes_by_staff = TRUE
                 WHERE t.notes IS NOT NULL
                   AND EXISTS (SELECT 1 FROM token_events e WHERE e.token_id = t.id AND e.staff_note = t.notes);
                """);

            migrationBuilder.AddColumn<string>(
                name: "security_stamp",
                table: "staff_users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Every user gets a stamp of their own; sessions from before it carry none and end (sign in once again).
            migrationBuilder.Sql("UPDATE staff_users SET security_stamp = upper(md5(random()::text || id::text));");

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                columns: table => new
                {
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    username = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    blocked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_throttles", x => new { x.client_address, x.username });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_last_attempt_at",
                table: "sign_in_throttles",
                column: "last_attempt_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_throttles");

            migrationBuilder.Sql("""
                UPDATE token_events SET note = CASE WHEN note IS NULL THEN staff_note ELSE note || ': ' || staff_note END
                 WHERE staff_note IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "notes_by_staff",
                table: "tokens");

            migrationBuilder.DropColumn(
                name: "staff_note",
                table: "token_events");

            migrationBuilder.DropColumn(
                name: "security_stamp",
                table: "staff_users");

            migrationBuilder.AddColumn<int>(
                name: "failed_sign_ins",
                table: "staff_users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                table: "staff_users",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
