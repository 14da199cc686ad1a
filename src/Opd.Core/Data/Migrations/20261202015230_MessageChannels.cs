using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "messages",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "sms");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "checked_at",
                table: "messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "variables",
                table: "messages",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inbound_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    provider_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reply_message_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbound_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_messages_channel_provider_id",
                table: "messages",
                columns: new[] { "channel", "provider_id" },
                filter: "provider_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_messages_unconfirmed",
                table: "messages",
                column: "checked_at",
                filter: "status = 'Sent'");

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_channel_provider_id",
                table: "inbound_messages",
                columns: new[] { "channel", "provider_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_phone_received_at",
                table: "inbound_messages",
                columns: new[] { "phone", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbound_messages");

            migrationBuilder.DropIndex(
                name: "ix_messages_channel_provider_id",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_messages_unconfirmed",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "checked_at",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "variables",
                table: "messages");
        }
    }
}
