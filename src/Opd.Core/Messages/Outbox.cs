using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>What a change that writes a message needs: the values of its outbox insert, and a way to wake this server's dispatcher after the commit.</summary>
public sealed class Outbox(IOptions<NotificationOptions> options, IOptions<ClinicOptions> clinic)
{
    private readonly SemaphoreSlim _work = new(0, 1);

    public NotificationOptions Settings => options.Value;

    /// <summary>
    /// The parameters of <see cref="MessageSql.InsertAboutToken"/> but @now, which every booking statement already has.
    /// </summary>
    /// <param name="single">One token: the row gets an id chosen here; otherwise each row its own.</param>
    /// <param name="until">The latest deadline (a reminder saying "tomorrow" is worthless at midnight).</param>
    internal NpgsqlParameter[] Parameters(string kind, DateTimeOffset now, bool single = true, TimeSpan? atLeast = null,
        DateTimeOffset? until = null, int? delay = null) =>
    [
        new("message_id", NpgsqlDbType.Uuid) { Value = single ? Guid.NewGuid() : DBNull.Value },
        // An empty kind matches no template, so the statement writes no message.
        new("message_kind", kind == MessageKinds.BookingConfirmation && !options.Value.BookingConfirmations ? "" : kind),
        new("message_language", options.Value.Language),
        new("message_link", options.Value.PublicUrl.TrimEnd('/') + "/t/"),
        new("message_zone", clinic.Value.TimeZone),
        new("message_deadline", now + (atLeast ?? MessageKinds.ShortestLife)),
        new("message_until", until ?? now.AddYears(1)),
        new("message_delay", delay?.ToString() ?? ""),
        new("message_stoppable", MessageKinds.Stoppable.Contains(kind)),
        new("message_once", MessageKinds.OncePerToken.Contains(kind)),
        new("message_channel", options.Value.FirstChannel),
    ];

    /// <summary>The parameters of <see cref="MessageSql.InsertCode"/> but @now and @code; <paramref name="language"/> is the caller's page language when known.</summary>
    internal NpgsqlParameter[] CodeParameters(DateTimeOffset expiresAt, string? language) =>
    [
        new("message_id", Guid.NewGuid()),
        new("message_kind", MessageKinds.OneTimeCode),
        new("message_language", language is not null && MessageKinds.Languages.Contains(language) ? language : options.Value.Language),
        new("message_deadline", expiresAt),
        new("message_channel", options.Value.FirstChannel),
    ];

    /// <summary>
    /// Writes a message of <paramref name="kind"/> about each of the stored tokens, in the context's
    /// transaction (when it has one), so it commits or rolls back with the change. Answers how many were written.
    /// </summary>
    internal async Task<int> WriteAbout(OpdDbContext db, string kind, IReadOnlyCollection<Guid> tokenIds, DateTimeOffset now, CancellationToken ct,
        TimeSpan? atLeast = null, DateTimeOffset? until = null, int? delay = null)
    {
        if (tokenIds.Count == 0)
            return 0;
        // Through the connection rather than EF's raw SQL, which would read the template's braces as its own.
        await using var insert = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        insert.CommandText = MessageSql.InsertAboutStoredTokens;
        insert.Parameters.AddRange(Parameters(kind, now, single: false, atLeast, until, delay));
        insert.Parameters.AddWithValue("message_tokens", tokenIds.ToArray());
        insert.Parameters.AddWithValue("now", now);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>After a commit that wrote a message: the dispatcher looks now instead of at its next poll.</summary>
    public void Wake()
    {
        if (_work.CurrentCount > 0)
            return;
        try
        {
            _work.Release();
        }
        catch (SemaphoreFullException)
        {
            // Woken by another booking at the same instant: once is enough.
        }
    }

    /// <summary>Returns when woken, or after <paramref name="timeout"/>.</summary>
    public async Task WaitForWork(TimeSpan timeout, CancellationToken ct) => await _work.WaitAsync(timeout, ct);
}
