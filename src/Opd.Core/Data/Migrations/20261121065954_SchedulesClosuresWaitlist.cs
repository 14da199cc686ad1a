using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchedulesClosuresWaitlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "schedule_id",
                table: "slots",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "walk_in_count",
                table: "slots",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "walk_in_release_minutes",
                table: "slots",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "walk_in_reserved",
                table: "slots",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "closures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    doctor_id = table.Column<int>(type: "integer", nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: false),
                    date_to = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closures", x => x.id);
                    table.CheckConstraint("ck_closures_dates", "date_to >= date_from");
                    table.ForeignKey(
                        name: "fk_closures_doctors_doctor_id",
                        column: x => x.doctor_id,
                        principalTable: "doctors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    doctor_id = table.Column<int>(type: "integer", nullable: false),
                    weekdays = table.Column<List<int>>(type: "integer[]", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    capacity_per_slot = table.Column<int>(type: "integer", nullable: false),
                    walk_in_reserved = table.Column<int>(type: "integer", nullable: false),
                    walk_in_release_minutes = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedules", x => x.id);
                    table.CheckConstraint("ck_schedules_times", "end_time > start_time");
                    table.ForeignKey(
                        name: "fk_schedules_doctors_doctor_id",
                        column: x => x.doctor_id,
                        principalTable: "doctors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "waitlist",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    doctor_id = table.Column<int>(type: "integer", nullable: false),
                    patient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    patient_phone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    patient_age = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promoted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waitlist", x => x.id);
                    table.ForeignKey(
                        name: "fk_waitlist_doctors_doctor_id",
                        column: x => x.doctor_id,
                        principalTable: "doctors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_waitlist_tokens_token_id",
                        column: x => x.token_id,
                        principalTable: "tokens",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_slots_schedule_id",
                table: "slots",
                column: "schedule_id");

            migrationBuilder.CreateIndex(
                name: "ix_closures_date_from_date_to",
                table: "closures",
                columns: new[] { "date_from", "date_to" });

            migrationBuilder.CreateIndex(
                name: "ix_closures_doctor_id",
                table: "closures",
                column: "doctor_id");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_doctor_id",
                table: "schedules",
                column: "doctor_id");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_doctor_id_created_at",
                table: "waitlist",
                columns: new[] { "doctor_id", "created_at" },
                filter: "status = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_token_id",
                table: "waitlist",
                column: "token_id");

            migrationBuilder.CreateIndex(
                name: "ux_waitlist_waiting_phone",
                table: "waitlist",
                columns: new[] { "doctor_id", "patient_phone" },
                unique: true,
                filter: "status = 'Waiting'");

            migrationBuilder.AddForeignKey(
                name: "fk_slots_schedules_schedule_id",
                table: "slots",
                column: "schedule_id",
                principalTable: "schedules",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_slots_schedules_schedule_id",
                table: "slots");

            migrationBuilder.DropTable(
                name: "closures");

            migrationBuilder.DropTable(
                name: "schedules");

            migrationBuilder.DropTable(
                name: "waitlist");

            migrationBuilder.DropIndex(
                name: "ix_slots_schedule_id",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "schedule_id",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "walk_in_count",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "walk_in_release_minutes",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "walk_in_reserved",
                table: "slots");
        }
    }
}
