using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DoctorsSlotsPatients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tokens_department_code_booking_date_token_number",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ux_tokens_active_phone_date",
                table: "tokens");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.AlterColumn<int>(
                name: "patient_age",
                table: "tokens",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<long>(
                name: "appointment_id",
                table: "tokens",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<int>(
                name: "doctor_id",
                table: "tokens",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "patient_id",
                table: "tokens",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "slot_id",
                table: "tokens",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "doctors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    department_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    specialization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    doctor_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delay_minutes = table.Column<int>(type: "integer", nullable: false),
                    delay_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_doctors", x => x.id);
                    table.ForeignKey(
                        name: "fk_doctors_departments_department_code",
                        column: x => x.department_code,
                        principalTable: "departments",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    phone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    age = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "slots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    doctor_id = table.Column<int>(type: "integer", nullable: false),
                    start_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    last_token_number = table.Column<int>(type: "integer", nullable: false),
                    booked_count = table.Column<int>(type: "integer", nullable: false),
                    is_closed = table.Column<bool>(type: "boolean", nullable: false),
                    closed_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slots", x => x.id);
                    table.CheckConstraint("ck_slots_capacity", "capacity BETWEEN 1 AND 500");
                    table.CheckConstraint("ck_slots_interval", "end_time > start_time");
                    table.ForeignKey(
                        name: "fk_slots_doctors_doctor_id",
                        column: x => x.doctor_id,
                        principalTable: "doctors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tokens_appointment_id",
                table: "tokens",
                column: "appointment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens",
                columns: new[] { "doctor_id", "booking_date" });

            migrationBuilder.CreateIndex(
                name: "ix_tokens_patient_id",
                table: "tokens",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ux_tokens_active_phone_date",
                table: "tokens",
                columns: new[] { "patient_phone", "booking_date" },
                unique: true,
                filter: "status IN ('Pending', 'Confirmed') AND slot_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_tokens_active_phone_slot",
                table: "tokens",
                columns: new[] { "slot_id", "patient_phone" },
                unique: true,
                filter: "status IN ('Pending', 'Confirmed') AND slot_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_tokens_department_day_number",
                table: "tokens",
                columns: new[] { "department_code", "booking_date", "token_number" },
                unique: true,
                filter: "slot_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_tokens_slot_number",
                table: "tokens",
                columns: new[] { "slot_id", "token_number" },
                unique: true,
                filter: "slot_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_doctors_department_code",
                table: "doctors",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_doctors_doctor_code",
                table: "doctors",
                column: "doctor_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patients_phone",
                table: "patients",
                column: "phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slots_doctor_id_start_time",
                table: "slots",
                columns: new[] { "doctor_id", "start_time" });

            migrationBuilder.AddForeignKey(
                name: "fk_tokens_doctors_doctor_id",
                table: "tokens",
                column: "doctor_id",
                principalTable: "doctors",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_tokens_patients_patient_id",
                table: "tokens",
                column: "patient_id",
                principalTable: "patients",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_tokens_slots_slot_id",
                table: "tokens",
                column: "slot_id",
                principalTable: "slots",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        
            // No two slots of one doctor may overlap in time; the database refuses it even when
            // two requests race (SQLSTATE 23P01).
            migrationBuilder.Sql(
                "ALTER TABLE slots ADD CONSTRAINT ex_slots_doctor_overlap " +
                "EXCLUDE USING gist (doctor_id WITH =, tstzrange(start_time, end_time) WITH &&);");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE slots DROP CONSTRAINT IF EXISTS ex_slots_doctor_overlap;");

            migrationBuilder.DropForeignKey(
                name: "fk_tokens_doctors_doctor_id",
                table: "tokens");

            migrationBuilder.DropForeignKey(
                name: "fk_tokens_patients_patient_id",
                table: "tokens");

            migrationBuilder.DropForeignKey(
                name: "fk_tokens_slots_slot_id",
                table: "tokens");

            migrationBuilder.DropTable(
                name: "patients");

            migrationBuilder.DropTable(
                name: "slots");

            migrationBuilder.DropTable(
                name: "doctors");

            migrationBuilder.DropIndex(
                name: "ix_tokens_appointment_id",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ix_tokens_doctor_id_booking_date",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ix_tokens_patient_id",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ux_tokens_active_phone_date",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ux_tokens_active_phone_slot",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ux_tokens_department_day_number",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "ux_tokens_slot_number",
                table: "tokens");

            migrationBuilder.DropColumn(
                name: "appointment_id",
                table: "tokens");

            migrationBuilder.DropColumn(
                name: "doctor_id",
                table: "tokens");

            migrationBuilder.DropColumn(
                name: "patient_id",
                table: "tokens");

            migrationBuilder.DropColumn(
                name: "slot_id",
                table: "tokens");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.AlterColumn<int>(
                name: "patient_age",
                table: "tokens",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tokens_department_code_booking_date_token_number",
                table: "tokens",
                columns: new[] { "department_code", "booking_date", "token_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_tokens_active_phone_date",
                table: "tokens",
                columns: new[] { "patient_phone", "booking_date" },
                unique: true,
                filter: "status IN ('Pending', 'Confirmed')");
        }
    }
}
