using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Departments;

namespace Opd.Core.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.NameOdia).HasMaxLength(100);
        builder.Property(d => d.NameHindi).HasMaxLength(100);
        builder.ToTable(t => t.HasCheckConstraint("ck_departments_capacity", "daily_capacity >= 1"));
        builder.HasMany(d => d.Hours).WithOne().HasForeignKey(h => h.DepartmentCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> builder)
    {
        builder.HasKey(h => h.Id);
        builder.HasIndex(h => new { h.DepartmentCode, h.Day });
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_opening_hours_interval", "opens_minute >= 0 AND opens_minute < closes_minute AND closes_minute <= 1440"));
    }
}
