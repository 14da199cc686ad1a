using Microsoft.EntityFrameworkCore;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>The outbox as a test reads it.</summary>
public static class OutboxApp
{
    public static async Task<List<Message>> Messages(this OpdApp app, Guid? tokenId = null, string? phone = null)
    {
        await using var db = app.Db();
        return await db.Messages.AsNoTracking()
            .Where(m => (tokenId == null || m.TokenId == tokenId) && (phone == null || m.ToPhone == phone))
            .OrderBy(m => m.CreatedAt).ToListAsync();
    }

    public static async Task<Message> Message(this OpdApp app, Guid id)
    {
        await using var db = app.Db();
        return await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>Waits until the message is in one of <paramref name="statuses"/> (and <paramref name="also"/> holds).</summary>
    public static Task<Message> WaitFor(this OpdApp app, Guid id, Func<Message, bool> also, params MessageStatus[] statuses) =>
        Eventually.Get(() => app.Message(id), m => statuses.Contains(m.Status) && also(m), $"message {id} to be {string.Join(" or ", statuses)}");

    public static Task<Message> WaitFor(this OpdApp app, Guid id, params MessageStatus[] statuses) => app.WaitFor(id, _ => true, statuses);
}
