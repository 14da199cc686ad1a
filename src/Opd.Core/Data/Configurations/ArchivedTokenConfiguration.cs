using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Retention;

namespace Opd.Core.Data.Configurations;

internal sealed class ArchivedTokenConfiguration : IEntityTypeConfiguration<ArchivedToken>
{
    public void Configure(EntityTypeBuilder<ArchivedToken> builder)
    {
        builder.ToTable("token_archive");
        builder.HasKey(a => a.TokenId);
        builder.Property(a => a.DepartmentCode).HasMaxLength(40);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.Record).HasColumnType("jsonb");
        builder.HasIndex(a => a.BookingDate);
    }
}
