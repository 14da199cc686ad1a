using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Doctors;

/// <summary>Create, list, change and deactivate doctors. A deactivated doctor keeps their tokens but takes no bookings.</summary>
public sealed partial class ManageDoctors(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, Queue.IQueueEvents events,
    Messages.Outbox outbox)
{
    public sealed record Fields(string? Name, string? DoctorCode, string? Specialization, string? Department, bool? IsActive, string? Room = null);

    public const int MaxRoomLength = 20;

    /// <summary>
    /// The rules of a doctor's fields that need no database, also run by the API's body so one
    /// answer lists every bad field. A change (not <paramref name="creating"/>) may leave any out.
    /// </summary>
    public static void Check(Fields f, bool creating, FieldErrors errors)
    {
        if ((creating || f.Name is not null) && PersonName.Validate(f.Name) is not null)
            errors.Add("name", $"The doctor's name must be {PersonName.MinLength} to {PersonName.MaxLength} characters long.");
        // A change may only repeat the code, which Update judges against the doctor's own.
        if (creating && (f.DoctorCode is null || !CodePattern().IsMatch(f.DoctorCode.Trim())))
            errors.Add("doctor_code", "The doctor code must be 1–40 letters, digits, '-' or '_', for example DOC001.");
        if (f.Specialization is { Length: > 100 })
            errors.Add("specialization", "The specialization must be at most 100 characters.");
        if (f.Room is { Length: > MaxRoomLength })
            errors.Add("room", $"The room must be at most {MaxRoomLength} characters, for example 4 or OPD-2.");
    }

    public async Task<Result<Doctor>> Create(Fields f, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new FieldErrors();
        Check(f, creating: true, errors);
        var department = await ResolveDepartment(db, f.Department, f.Specialization, errors, ct);
        if (errors.Any)
            return errors.ToError();

        var doctor = new Doctor
        {
            Name = f.Name!.Trim(),
            DoctorCode = f.DoctorCode!.Trim(),
            Specialization = string.IsNullOrWhiteSpace(f.Specialization) ? null : f.Specialization.Trim(),
            DepartmentCode = department!,
            Room = string.IsNullOrWhiteSpace(f.Room) ? null : f.Room.Trim(),
            IsActive = f.IsActive ?? true,
            CreatedAt = clock.UtcNow,
        };
        db.Doctors.Add(doctor);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new ConflictError($"A doctor with the code '{doctor.DoctorCode}' already exists.");
        }
        return doctor;
    }

    public async Task<Result<Doctor>> Update(int id, Fields f, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctor = await db.Doctors.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doctor is null)
            return NotFound(id);
        var errors = new FieldErrors();
        if (f.DoctorCode is not null && f.DoctorCode.Trim() != doctor.DoctorCode)
            errors.Add("doctor_code", "A doctor's code cannot be changed.");
        Check(f, creating: false, errors);
        var department = f.Department is null ? doctor.DepartmentCode : await ResolveDepartment(db, f.Department, null, errors, ct);
        if (errors.Any)
            return errors.ToError();

        doctor.Name = f.Name?.Trim() ?? doctor.Name;
        doctor.Specialization = f.Specialization is null ? doctor.Specialization : f.Specialization.Trim();
        doctor.DepartmentCode = department!;
        doctor.IsActive = f.IsActive ?? doctor.IsActive;
        if (f.Room is not null)
            doctor.Room = f.Room.Trim().Length == 0 ? null : f.Room.Trim();
        await db.SaveChangesAsync(ct);
        return doctor;
    }

    public async Task<IReadOnlyList<Doctor>> List(string? department, bool includeInactive, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctors = db.Doctors.AsNoTracking().Where(d => includeInactive || d.IsActive);
        if (!string.IsNullOrWhiteSpace(department))
            doctors = doctors.Where(d => d.DepartmentCode == department.Trim().ToLower());
        return await doctors.OrderBy(d => d.Id).ToListAsync(ct);
    }

    public async Task<Result<Doctor>> Get(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctor = await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return doctor is null ? NotFound(id) : doctor;
    }

    /// <summary>Staff say the doctor is running late today; every estimate of today's remaining tokens moves by it.</summary>
    public async Task<Result<Doctor>> ReportDelay(int id, int? minutes, CancellationToken ct)
    {
        if (minutes is null or < 0 or > 600)
            return ValidationError.For("minutes", "The delay must be between 0 and 600 minutes.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctor = await db.Doctors.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doctor is null)
            return NotFound(id);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        doctor.ReportDelay(minutes.Value, clock.Today);
        await db.SaveChangesAsync(ct);
        await Messages.RunningLate.Tell(db, outbox, doctor.Id, clock.Today, minutes.Value, clock.UtcNow, ct);
        await tx.CommitAsync(ct);
        outbox.Wake();
        // Every expected time of today's line moves: its screens show the new ones at once.
        await events.LineChanged(new Queue.LineKey(doctor.Id, doctor.DepartmentCode, clock.Today), ct);
        return doctor;
    }

    public static string NotOpen(string department) => $"'{department}' is not an open department. See GET /tokens/departments for the list.";

    public static NotFoundError NotFound(object id) => new($"No doctor with id {id} was found.");

    /// <summary>The department given, or else the one the specialization names ("Cardiology"), or else General Medicine.</summary>
    private static async Task<string?> ResolveDepartment(OpdDbContext db, string? department, string? specialization, FieldErrors errors, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(department))
        {
            var code = department.Trim().ToLowerInvariant();
            if (departments.Any(d => d.Code == code))
                return code;
            errors.Add("department", NotOpen(department));
            return null;
        }
        var named = departments.FirstOrDefault(d => specialization is not null &&
            (specialization.Contains(d.Name, StringComparison.OrdinalIgnoreCase) || specialization.Trim().Equals(d.Code, StringComparison.OrdinalIgnoreCase)));
        return named?.Code ?? "general_medicine";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex CodePattern();
}
