using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffPasswords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AddColumn<string>(
                name: "password_hash",
                table: "staff_users",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_sign_ins",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "password_hash",
                table: "staff_users");
        }
    }
}
