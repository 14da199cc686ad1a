using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Chat;

namespace Opd.Core.Data.Configurations;

internal sealed class ChatThreadConfiguration : IEntityTypeConfiguration<ChatThread>
{
    public void Configure(EntityTypeBuilder<ChatThread> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(64);
        builder.Property(t => t.State).HasColumnType("jsonb");
        builder.Property(t => t.Transcript).HasColumnType("jsonb");
        builder.HasIndex(t => t.UpdatedAt);
        // PostgreSQL's xmin: two messages answered at once from the same version cannot both be saved.
        builder.Property(t => t.Version).HasColumnName("xmin").IsRowVersion();
    }
}
