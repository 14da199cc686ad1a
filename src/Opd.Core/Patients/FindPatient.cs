using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Patients;

/// <summary>The registration desk starts with the phone number: a returning patient's name and age are already known.</summary>
public sealed class FindPatient(IDbContextFactory<OpdDbContext> dbFactory)
{
    public async Task<Patient?> ByPhone(string? phone, CancellationToken ct)
    {
        if (!IndianMobile.TryNormalize(phone, out var mobile))
            return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Phone == mobile, ct);
    }
}
