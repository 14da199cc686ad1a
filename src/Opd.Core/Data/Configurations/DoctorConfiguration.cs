using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Patients;
using Opd.Core.Scheduling;

namespace Opd.Core.Data.Configurations;

internal sealed class DoctorConfiguration : IEntityTypeConfiguration<Doctor>
{
    public void Configure(EntityTypeBuilder<Doctor> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Specialization).HasMaxLength(100);
        builder.Property(d => d.DoctorCode).HasMaxLength(40);
        builder.Property(d => d.Room).HasMaxLength(Doctors.ManageDoctors.MaxRoomLength);
        builder.Property(d => d.DepartmentCode).HasMaxLength(40);
        builder.HasIndex(d => d.DoctorCode).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ClosedReason).HasMaxLength(200);
        // '{0,0,0,0,0}': one zero per queue class, as the migration created it.
        builder.Property(s => s.WaitingByClass).HasDefaultValueSql($"'{{{string.Join(",", new int[Queue.QueueOrder.ClassCount])}}}'");
        builder.HasOne<Doctor>().WithMany().HasForeignKey(s => s.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.DoctorId, s.StartTime });
        builder.HasOne<Schedule>().WithMany().HasForeignKey(s => s.ScheduleId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_slots_interval", "end_time > start_time");
            t.HasCheckConstraint("ck_slots_capacity", $"capacity BETWEEN 1 AND {Slot.MaxCapacity}");
            t.HasCheckConstraint("ck_slots_waiting_classes", "cardinality(waiting_by_class) = 5");
        });
    }
}

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Doctor>().WithMany().HasForeignKey(s => s.DoctorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_schedules_times", "end_time > start_time"));
    }
}

internal sealed class ClosureConfiguration : IEntityTypeConfiguration<Closure>
{
    public void Configure(EntityTypeBuilder<Closure> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(120);
        builder.HasOne<Doctor>().WithMany().HasForeignKey(c => c.DoctorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.DateFrom, c.DateTo });
        builder.ToTable(t => t.HasCheckConstraint("ck_closures_dates", "date_to >= date_from"));
    }
}

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Phone).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Phone).IsUnique();
    }
}
