using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Opd.Core.Messages;
using Opd.Core.Tokens;

namespace Opd.Core.Data.Configurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.Language).HasMaxLength(2);
        builder.Property(m => m.ToPhone).HasMaxLength(15);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.TemplateId).HasMaxLength(40);
        builder.Property(m => m.EntityId).HasMaxLength(40);
        builder.Property(m => m.Sender).HasMaxLength(11);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ProviderId).HasMaxLength(100);
        builder.Property(m => m.ProviderAnswer).HasMaxLength(500);
        // Writers that do not name a channel (every token message before WhatsApp) stay SMS.
        builder.Property(m => m.Channel).HasMaxLength(10).HasDefaultValue(OptOuts.Sms);
        builder.Property(m => m.Variables).HasColumnType("jsonb");
        // Receipts name the provider's id; the same id on two channels is two messages.
        builder.HasIndex(m => new { m.Channel, m.ProviderId }).HasFilter("provider_id IS NOT NULL");
        // The receipt poll asks about sent messages only.
        builder.HasIndex(m => m.CheckedAt).HasFilter($"status = '{nameof(MessageStatus.Sent)}'").HasDatabaseName("ix_messages_unconfirmed");
        // An archived token takes its id away; its messages stay in the log.
        builder.HasOne<Token>().WithMany().HasForeignKey(m => m.TokenId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.TokenId);
        // The dispatchers' one question, "what is due?", reads only the unfinished rows.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter($"status IN ({MessageSql.Queued}, {MessageSql.Sending})")
            .HasDatabaseName("ix_messages_due");
        builder.HasIndex(m => m.CreatedAt);
        builder.Property(m => m.OnceKey).HasMaxLength(80);
        builder.HasIndex(m => m.OnceKey).IsUnique();
        builder.Property(m => m.Gateway).HasMaxLength(20);
    }
}

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.HasKey(t => new { t.Kind, t.Language });
        builder.Property(t => t.Kind).HasMaxLength(40);
        builder.Property(t => t.Language).HasMaxLength(2);
        builder.Property(t => t.Text).HasMaxLength(1000);
        builder.Property(t => t.DltTemplateId).HasMaxLength(40);
        builder.Property(t => t.EntityId).HasMaxLength(40);
        builder.Property(t => t.Sender).HasMaxLength(11);
    }
}

internal sealed class OptOutConfiguration : IEntityTypeConfiguration<OptOut>
{
    public void Configure(EntityTypeBuilder<OptOut> builder)
    {
        builder.ToTable("message_opt_outs");
        builder.HasKey(o => o.Phone);
        builder.Property(o => o.Phone).HasMaxLength(15);
        builder.Property(o => o.Channel).HasMaxLength(10);
    }
}

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Channel).HasMaxLength(10);
        builder.Property(m => m.ProviderId).HasMaxLength(200);
        builder.Property(m => m.Phone).HasMaxLength(15);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.Reply).HasMaxLength(2000);
        // A provider that retries a webhook sends the same id again: the second insert finds the first.
        builder.HasIndex(m => new { m.Channel, m.ProviderId }).IsUnique();
        builder.HasIndex(m => new { m.Phone, m.ReceivedAt });
    }
}
