using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>One token with its audit trail; the unguessable id is the patient's key to it.</summary>
public static class GetToken
{
    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory)
    {
        public async Task<Result<Token>> Handle(Guid id, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var token = await db.Tokens.AsNoTracking()
                .Include(t => t.Events)
                .FirstOrDefaultAsync(t => t.Id == id, ct);
            return token is null ? ChangeTokenStatus.TokenNotFound(id) : token;
        }
    }
}
