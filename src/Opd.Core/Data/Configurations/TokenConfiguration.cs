using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Patients;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Data.Configurations;

internal sealed class TokenConfiguration : IEntityTypeConfiguration<Token>
{
    public void Configure(EntityTypeBuilder<Token> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.DepartmentCode).HasMaxLength(40);
        builder.Property(t => t.DoctorName).HasMaxLength(100);
        builder.Property(t => t.PatientName).HasMaxLength(200);
        builder.Property(t => t.PatientPhone).HasMaxLength(10);
        builder.Property(t => t.Symptoms).HasMaxLength(1000);
        builder.Property(t => t.Notes).HasMaxLength(1000);
        builder.Property(t => t.CreatedBy).HasMaxLength(120);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.RequestedPriority).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TokenId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(t => t.AppointmentId).UseIdentityByDefaultColumn();
        builder.HasIndex(t => t.AppointmentId).IsUnique();
        builder.HasOne<Doctor>().WithMany().HasForeignKey(t => t.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Slot>().WithMany().HasForeignKey(t => t.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(t => t.PatientId).OnDelete(DeleteBehavior.Restrict);

        // The last line of defence behind the booking transactions: one number per department-day
        // for department tokens and per slot for doctor tokens...
        builder.HasIndex(t => new { t.DepartmentCode, t.BookingDate, t.TokenNumber }).IsUnique()
            .HasFilter("slot_id IS NULL").HasDatabaseName("ux_tokens_department_day_number");
        builder.HasIndex(t => new { t.SlotId, t.TokenNumber }).IsUnique()
            .HasFilter("slot_id IS NOT NULL").HasDatabaseName("ux_tokens_slot_number");
        // ...one active department token per phone and date, one active token per phone in a slot,
        // even when two bookings race.
        builder.HasIndex(t => new { t.PatientPhone, t.BookingDate }).IsUnique()
            .HasFilter($"status IN {StatusSql.Active} AND slot_id IS NULL")
            .HasDatabaseName("ux_tokens_active_phone_date");
        builder.HasIndex(t => new { t.SlotId, t.PatientPhone }).IsUnique()
            .HasFilter($"status IN {StatusSql.Active} AND slot_id IS NOT NULL")
            .HasDatabaseName("ux_tokens_active_phone_slot");
        builder.HasIndex(t => new { t.DoctorId, t.BookingDate }).HasFilter("doctor_id IS NOT NULL");
        builder.HasIndex(t => new { t.BookingDate, t.BookingTime });
    }
}

internal sealed class TokenEventConfiguration : IEntityTypeConfiguration<TokenEvent>
{
    public void Configure(EntityTypeBuilder<TokenEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(120);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.StaffNote).HasMaxLength(1000);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.TokenId);
    }
}

internal sealed class DepartmentDayConfiguration : IEntityTypeConfiguration<DepartmentDay>
{
    public void Configure(EntityTypeBuilder<DepartmentDay> builder)
    {
        builder.HasKey(d => new { d.DepartmentCode, d.Date });
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QueueActionConfiguration : IEntityTypeConfiguration<Queue.QueueAction>
{
    public void Configure(EntityTypeBuilder<Queue.QueueAction> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Line).HasMaxLength(80);
        builder.Property(a => a.Actor).HasMaxLength(120);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Before).HasColumnType("jsonb").HasConversion(
            v => System.Text.Json.JsonSerializer.Serialize(v, (System.Text.Json.JsonSerializerOptions?)null),
            s => System.Text.Json.JsonSerializer.Deserialize<List<QueueSnapshot>>(s, (System.Text.Json.JsonSerializerOptions?)null)!,
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<QueueSnapshot>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.HasIndex(a => new { a.Line, a.Id });
    }
}
