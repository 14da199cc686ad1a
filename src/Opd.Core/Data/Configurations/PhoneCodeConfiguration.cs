using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.PhoneCodes;

namespace Opd.Core.Data.Configurations;

internal sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<PhoneCode>
{
    public void Configure(EntityTypeBuilder<PhoneCode> builder)
    {
        // One row per number: a new code replaces the last, and the row's lock orders parallel sends.
        builder.HasKey(c => c.Phone);
        builder.Property(c => c.Phone).HasMaxLength(15);
        builder.Property(c => c.Salt).HasMaxLength(32);
        builder.Property(c => c.Hash).HasMaxLength(32);
    }
}

internal sealed class PhoneVerificationConfiguration : IEntityTypeConfiguration<PhoneVerification>
{
    public void Configure(EntityTypeBuilder<PhoneVerification> builder)
    {
        builder.HasKey(v => v.TokenHash);
        builder.Property(v => v.TokenHash).HasMaxLength(32);
        builder.Property(v => v.Phone).HasMaxLength(15);
        builder.HasIndex(v => v.ExpiresAt);
    }
}
