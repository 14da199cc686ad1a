using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Doctors;
using Opd.Core.Tokens;
using Opd.Core.Waitlist;

namespace Opd.Core.Data.Configurations;

internal sealed class WaitlistConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.ToTable("waitlist");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.PatientName).HasMaxLength(200);
        builder.Property(w => w.PatientPhone).HasMaxLength(10);
        builder.Property(w => w.CreatedBy).HasMaxLength(120);
        builder.Property(w => w.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Doctor>().WithMany().HasForeignKey(w => w.DoctorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Token>().WithMany().HasForeignKey(w => w.TokenId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(w => new { w.DoctorId, w.CreatedAt }).HasFilter($"status = {StatusSql.Waitlisted}");
        // One place in the line per phone and doctor.
        builder.HasIndex(w => new { w.DoctorId, w.PatientPhone }).IsUnique().HasFilter($"status = {StatusSql.Waitlisted}")
            .HasDatabaseName("ux_waitlist_waiting_phone");
    }
}
