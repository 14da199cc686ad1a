using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;

namespace Opd.Core.Messages;

/// <summary>What a change that writes a message needs: the values of its outbox insert, and a way to wake this server's dispatcher after the commit.</summary>
public sealed class Outbox(IOptions<NotificationOptions> options, IOptions<ClinicOptions> clinic)
{
    private readonly SemaphoreSlim _work = new(0, 1);

    /// <summary>The parameters of <see cref="MessageSql.InsertAbout"/> but @now, which every booking statement already has.</summary>
    internal NpgsqlParameter[] Parameters(string kind, DateTimeOffset now) =>
    [
        new("message_id", Guid.NewGuid()),
        new("message_kind", kind),
        new("message_language", options.Value.Language),
        new("message_link", options.Value.PublicUrl.TrimEnd('/') + "/t/"),
        new("message_zone", clinic.Value.TimeZone),
        new("message_deadline", now + MessageKinds.ShortestLife),
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
