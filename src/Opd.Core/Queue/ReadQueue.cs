using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>Today's lines as the board, the desks and the patients see them.</summary>
public sealed class ReadQueue(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, IOptions<QueueOptions> options, DepartmentDirectory departments)
{
    /// <summary>Where one token stands: in the room, waiting at a position with an ETA, or done.</summary>
    public sealed record Tracking(Token Token, QueueLine? Line, Placed? Place)
    {
        public bool InRoom => Line?.Serving?.Id == Token.Id;
    }

    public async Task<Result<QueueLine>> Doctor(int doctorId, CancellationToken ct) => await Load(await DoctorKey(doctorId, ct), ct);

    public async Task<Result<QueueLine>> Department(string? code, CancellationToken ct) => await Load(await DepartmentKey(code, ct), ct);

    /// <summary>Which line a doctor's queue today is, without reading it (the desk's actions read it themselves, under its lock).</summary>
    public async Task<Result<LineKey>> DoctorKey(int doctorId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var department = await db.Doctors.Where(d => d.Id == doctorId).Select(d => d.DepartmentCode).FirstOrDefaultAsync(ct);
        return department is null ? ManageDoctors.NotFound(doctorId) : new LineKey(doctorId, department, clock.Today);
    }

    public async Task<Result<LineKey>> DepartmentKey(string? code, CancellationToken ct)
    {
        var department = code is null ? null : await departments.Find(code.Trim().ToLowerInvariant(), ct);
        return department is null ? new NotFoundError($"There is no department '{code}'.") : new LineKey(null, department.Code, clock.Today);
    }

    private async Task<Result<QueueLine>> Load(Result<LineKey> key, CancellationToken ct)
    {
        if (!key.IsSuccess)
            return key.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await QueueLine.Load(db, key.Value!, clock, options.Value, tracked: false, ct);
    }

    /// <summary>A line whose key is already known (it has just changed).</summary>
    public Task<Result<QueueLine>> Line(LineKey key, CancellationToken ct) => Load(key, ct);

    public async Task<Result<Tracking>> Token(Guid tokenId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (token is null)
            return ChangeTokenStatus.TokenNotFound(tokenId);
        if (token.BookingDate != clock.Today || !TokenStatusRules.IsActive(token.Status))
            return new Tracking(token, null, null);
        var line = await QueueLine.Load(db, LineKey.Of(token), clock, options.Value, tracked: false, ct);
        return new Tracking(token, line, line.Find(tokenId));
    }

    /// <summary>
    /// The doctor of that name (any case), or else the first whose name contains it ("Mohapatra"
    /// finds "Dr Anita Mohapatra"): for "now serving" by name, from the earlier system's route and the assistants.
    /// </summary>
    public async Task<Result<QueueLine>> DoctorNamed(string name, CancellationToken ct)
    {
        var wanted = name.Trim().ToLower();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctor = await db.Doctors.AsNoTracking().Where(d => d.IsActive && d.Name.ToLower() == wanted).OrderBy(d => d.Id).FirstOrDefaultAsync(ct)
            ?? await db.Doctors.AsNoTracking().Where(d => d.IsActive && wanted.Length >= 3 && d.Name.ToLower().Contains(wanted)).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        if (doctor is null)
            return new NotFoundError($"There is no doctor named '{name}'.");
        return await QueueLine.Load(db, new LineKey(doctor.Id, doctor.DepartmentCode, clock.Today), clock, options.Value, tracked: false, ct);
    }
}
