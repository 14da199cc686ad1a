using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Staff;

namespace Opd.Core.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Username).HasMaxLength(60);
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasIndex(u => u.Username).IsUnique();
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasMany(u => u.Keys).WithOne(k => k.StaffUser).HasForeignKey(k => k.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.HasKey(t => new { t.ClientAddress, t.Username });
        builder.Property(t => t.ClientAddress).HasMaxLength(64);
        builder.Property(t => t.Username).HasMaxLength(200);
        builder.HasIndex(t => t.LastAttemptAt);
    }
}
