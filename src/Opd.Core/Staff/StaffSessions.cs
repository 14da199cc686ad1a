using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>
/// Whether a signed-in session still stands: its user is active and its stamp is the user's
/// current one. Asked on every request of a staff page, so a changed password or a deactivation
/// ends every session at its next request.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<OpdDbContext> dbFactory)
{
    /// <summary>However the session is kept alive, it ends this long after the password was typed.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    /// <summary>A session without a request for this long ends.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);

    public async Task<bool> IsCurrent(string username, string stamp, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StaffUsers.AnyAsync(u => u.Username == username && u.IsActive && u.SecurityStamp == stamp, ct);
    }
}
