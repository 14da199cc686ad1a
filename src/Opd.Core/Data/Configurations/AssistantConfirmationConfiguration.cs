using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Chat;

namespace Opd.Core.Data.Configurations;

internal sealed class AssistantConfirmationConfiguration : IEntityTypeConfiguration<AssistantConfirmation>
{
    public void Configure(EntityTypeBuilder<AssistantConfirmation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Action).HasColumnType("jsonb");
        builder.HasIndex(c => c.ExpiresAt);
    }
}
