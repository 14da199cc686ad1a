using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Opd.Core.Data;
using Opd.Core.Chat;
using Opd.Core.Common;

namespace Opd.Core.Messages.Inbound;

/// <summary>
/// A message a patient sent by SMS or WhatsApp: the keyword commands or the assistant answer it,
/// in one conversation thread per phone, and the answer goes back through the outbox on the same
/// channel. A STOP or START is recorded in the answer's own transaction; a booking, a cancellation
/// and the assistant's conversation commit in their handlers' transactions, as from every other channel.
/// </summary>
public sealed partial class HandleInbound(NpgsqlDataSource dataSource, SmsCommands commands, Outbox outbox, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<NotificationOptions> options)
{
    public const int MaxReplyLength = 1500;

    public sealed record Incoming(string Channel, string ProviderId, IndianMobile From, string Text);

    /// <param name="Duplicate">The provider's id was seen before: nothing was done again.</param>
    public sealed record Answer(bool Duplicate, string? Reply, Guid? ReplyMessageId);

    /// <summary>
    /// The inbound row is inserted first and its transaction stays open until the answer is queued:
    /// a retried or doubled webhook with the same provider id waits on the unique index and then finds
    /// the row, so it never books twice. Should this server die midway, the row is rolled back and the
    /// provider's retry is handled afresh (a booking already made is then refused as a duplicate for the
    /// day). An advisory lock per phone makes one sender's messages take turns.
    /// </summary>
    public async Task<Answer> Handle(Incoming message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var id = Guid.NewGuid();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO inbound_messages (id, channel, provider_id, phone, text, received_at)
            VALUES (@id, @channel, @provider_id, @phone, @text, @now)
            ON CONFLICT (channel, provider_id) DO NOTHING
            """, connection, tx))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("channel", message.Channel);
            insert.Parameters.AddWithValue("provider_id", message.ProviderId);
            insert.Parameters.AddWithValue("phone", message.From.Number);
            insert.Parameters.AddWithValue("text", message.Text);
            insert.Parameters.AddWithValue("now", now);
            if (await insert.ExecuteNonQueryAsync(ct) == 0)
                return new Answer(true, null, null);
        }
        await using (var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('inbound:' || @phone, 0))", connection, tx))
        {
            turn.Parameters.AddWithValue("phone", message.From.Number);
            await turn.ExecuteNonQueryAsync(ct);
        }

        var command = SmsKeywords.Parse(message.Text);
        await using var sameTransaction = new OpdDbContext(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql(connection).Options);
        await sameTransaction.Database.UseTransactionAsync(tx, ct);
        var reply = await commands.Run(command, message.From, message.Channel, ThreadId(message.From), message.Text, sameTransaction, ct);
        Guid? replyId = null;
        if (reply is not null)
        {
            // The assistant links a token page by its path, which a phone cannot open: the whole link goes.
            reply = TokenPath().Replace(reply, options.Value.PublicUrl.TrimEnd('/') + "/t/");
            reply = reply.Length <= MaxReplyLength ? reply : reply[..MaxReplyLength];
            var language = command.Keyword == SmsKeyword.None ? SmsKeywords.Script(reply) ?? ChatLanguage.En : command.Language;
            replyId = await QueueReply(connection, tx, message, reply, language, now, ct);
        }
        await using (var answered = new NpgsqlCommand("UPDATE inbound_messages SET reply = @reply, reply_message_id = @reply_id WHERE id = @id", connection, tx))
        {
            answered.Parameters.Add(new NpgsqlParameter<string?>("reply", NpgsqlDbType.Varchar) { TypedValue = reply });
            answered.Parameters.Add(new NpgsqlParameter<Guid?>("reply_id", NpgsqlDbType.Uuid) { TypedValue = replyId });
            answered.Parameters.AddWithValue("id", id);
            await answered.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        outbox.Wake();
        return new Answer(false, reply, replyId);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|\s)/t/")]
    private static partial System.Text.RegularExpressions.Regex TokenPath();

    /// <summary>One conversation per phone, whichever channel its messages come by.</summary>
    public static string ThreadId(IndianMobile phone) => $"phone-{phone.Number}";

    private static async Task<Guid?> QueueReply(NpgsqlConnection connection, NpgsqlTransaction tx, Incoming message, string reply, ChatLanguage language,
        DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, status, attempts,
                                  next_attempt_at, deadline, created_at, updated_at, channel, variables)
            SELECT @id, tpl.kind, tpl.language, @phone, replace(tpl.text, '{"{reply}"}', @reply), tpl.dlt_template_id, tpl.entity_id, tpl.sender,
                   {MessageSql.Queued}, 0, @now, @deadline, @now, @now, @channel, jsonb_build_object('reply', @reply)
              FROM (SELECT * FROM message_templates
                     WHERE kind = '{MessageKinds.AssistantReply}' AND language IN (@language, 'en')
                     ORDER BY language = @language DESC LIMIT 1) tpl
            """, connection, tx);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("phone", message.From.Number);
        insert.Parameters.AddWithValue("reply", reply);
        insert.Parameters.AddWithValue("now", now);
        // An answer is worth little once the patient has given up waiting for it.
        insert.Parameters.AddWithValue("deadline", now.AddHours(1));
        insert.Parameters.AddWithValue("channel", message.Channel);
        insert.Parameters.AddWithValue("language", language switch { ChatLanguage.Hi => "hi", ChatLanguage.Or => "or", _ => "en" });
        return await insert.ExecuteNonQueryAsync(ct) > 0 ? id : null;
    }
}
