using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Opd.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlotQueueCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "seen_count",
                table: "slots",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int[]>(
                name: "waiting_by_class",
                table: "slots",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{0,0,0,0,0}'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_slots_waiting_classes",
                table: "slots",
                sql: "cardinality(waiting_by_class) = 5");
        
            // Counters of slots that already have tokens, by the queue classes of QueueOrder.ClassOf.
            migrationBuilder.Sql("""
                UPDATE slots s SET seen_count = x.seen, waiting_by_class = ARRAY[x.c0, x.c1, x.c2, x.c3, x.c4]::integer[]
                  FROM (SELECT slot_id,
                               count(*) FILTER (WHERE status IN ('Completed', 'NoShow')) AS seen,
                               count(*) FILTER (WHERE waiting AND emergency) AS c0,
                               count(*) FILTER (WHERE waiting AND NOT emergency AND paid) AS c1,
                               count(*) FILTER (WHERE waiting AND NOT emergency AND NOT paid AND source = 'FollowUp') AS c2,
                               count(*) FILTER (WHERE waiting AND NOT emergency AND NOT paid AND source NOT IN ('FollowUp', 'WalkIn')) AS c3,
                               count(*) FILTER (WHERE waiting AND NOT emergency AND NOT paid AND source = 'WalkIn') AS c4
                          FROM (SELECT slot_id, status, source, status IN ('Pending', 'Confirmed') AS waiting,
                                       (source = 'Emergency' OR priority = 'Emergency') AS emergency,
                                       (source = 'Priority' OR priority = 'High') AS paid
                                  FROM tokens WHERE slot_id IS NOT NULL) t
                         GROUP BY slot_id) x
                 WHERE s.id = x.slot_id;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_slots_waiting_classes",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "seen_count",
                table: "slots");

            migrationBuilder.DropColumn(
                name: "waiting_by_class",
                table: "slots");
        }
    }
}
