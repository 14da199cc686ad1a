using Opd.Core.Common;

namespace Opd.Core.Tokens;

public sealed class Token
{
    public Guid Id { get; init; }

    /// <summary>The short numeric id that doctor-slot clients call the appointment id.</summary>
    public long AppointmentId { get; init; }

    public int TokenNumber { get; private set; }
    public string DepartmentCode { get; private set; } = "";
    public string? DoctorName { get; private set; }
    public int? DoctorId { get; private set; }
    public int? SlotId { get; private set; }
    public int? PatientId { get; init; }
    public required string PatientName { get; init; }
    public required string PatientPhone { get; init; }
    public int? PatientAge { get; init; }
    public DateOnly BookingDate { get; private set; }
    public TimeOnly BookingTime { get; private set; }
    public TokenStatus Status { get; private set; }

    /// <summary>The priority the queue uses. Only staff can raise it above normal.</summary>
    public TokenPriority Priority { get; init; }

    /// <summary>The priority the booker asked for, kept even when it was not granted.</summary>
    public TokenPriority RequestedPriority { get; init; }

    public TokenSource Source { get; init; }
    public string? Symptoms { get; init; }
    public string? Notes { get; private set; }

    /// <summary>The notes were typed by a staff member on a status change, so only staff read them.</summary>
    public bool NotesByStaff { get; private set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the patient was last called into the room; set while they are being seen.</summary>
    public DateTimeOffset? CalledAt { get; private set; }

    /// <summary>How often the called patient was called again without coming.</summary>
    public int Recalls { get; private set; }

    /// <summary>Where a skipped patient now stands within their queue class; otherwise the booking time orders.</summary>
    public DateTimeOffset? QueuedAt { get; private set; }

    public List<TokenEvent> Events { get; init; } = [];

    public DateTimeOffset QueueTime => QueuedAt ?? CreatedAt;

    /// <summary>The token as the booking statement stored it: id, numbers and patient were decided in the database.</summary>
    public static Token Booked(NewToken spec, Guid id, int number, long appointmentId, int patientId, int? slotId, Actor actor, DateTimeOffset now) =>
        Create(spec, id, number, appointmentId, patientId, slotId, TokenStatus.Pending, actor.Name, now, now);

    /// <summary>A token brought over from the earlier system, with its own id, number, status and times.</summary>
    public static Token Imported(NewToken spec, Guid id, int number, TokenStatus status, string actor, DateTimeOffset created, DateTimeOffset updated)
    {
        var token = Create(spec, id, number, 0, null, null, status, actor, created, updated);
        if (status != TokenStatus.Pending)
            token.Events.Add(new TokenEvent(id, updated, actor, TokenStatus.Pending, status, "Status brought over from the earlier system"));
        return token;
    }

    private static Token Create(NewToken spec, Guid id, int number, long appointmentId, int? patientId, int? slotId, TokenStatus status,
        string createdBy, DateTimeOffset created, DateTimeOffset updated) => new()
    {
        Id = id,
        AppointmentId = appointmentId,
        TokenNumber = number,
        DepartmentCode = spec.Department,
        DoctorName = spec.DoctorName,
        DoctorId = spec.DoctorId,
        SlotId = slotId,
        PatientId = patientId,
        PatientName = spec.PatientName,
        PatientPhone = spec.PatientPhone,
        PatientAge = spec.PatientAge,
        BookingDate = spec.Date,
        BookingTime = spec.Time,
        Status = status,
        Priority = spec.Priority,
        RequestedPriority = spec.RequestedPriority,
        Source = spec.Source,
        Symptoms = spec.Symptoms,
        Notes = spec.Notes,
        CreatedBy = createdBy,
        CreatedAt = created,
        UpdatedAt = updated,
    };

    /// <summary>
    /// The whole audit trail. Its first line, the booking, is the token row itself (created_at,
    /// created_by), which saves the booking a second insert; every later change is an event.
    /// </summary>
    public IEnumerable<TokenEvent> History() =>
        Events.OrderBy(e => e.At).ThenBy(e => e.Id).Prepend(new TokenEvent(Id, CreatedAt, CreatedBy, null, TokenStatus.Pending, "Booked"));

    /// <summary>
    /// Moves an active token to another slot (a doctor's leave closed its own): a new number there,
    /// the same status, and a line in its history that the patient sees.
    /// </summary>
    public void MoveTo(int slotId, int doctorId, string doctorName, int number, DateOnly date, TimeOnly time, string note, Actor actor, DateTimeOffset now)
    {
        Note(note, actor, now);
        (SlotId, DoctorId, DoctorName, TokenNumber, BookingDate, BookingTime, UpdatedAt) = (slotId, doctorId, doctorName, number, date, time, now);
    }

    /// <summary>A line in the history for a change that keeps the status.</summary>
    private void Note(string note, Actor actor, DateTimeOffset now) => Events.Add(new TokenEvent(Id, now, actor.Name, Status, Status, note));

    /// <summary>Calls the patient in (again, for a recall); the board announces it.</summary>
    public void Call(string note, bool recall, Actor actor, DateTimeOffset now)
    {
        Note(note, actor, now);
        (CalledAt, Recalls, UpdatedAt) = (now, recall ? Recalls + 1 : 0, now);
    }

    /// <summary>Sends a called patient back to wait, standing at <paramref name="queuedAt"/> within their class.</summary>
    public void Requeue(DateTimeOffset queuedAt, string note, Actor actor, DateTimeOffset now)
    {
        Note(note, actor, now);
        (CalledAt, Recalls, QueuedAt, UpdatedAt) = (null, 0, queuedAt, now);
    }

    /// <summary>The queue state before an action, which undo brings back.</summary>
    public QueueSnapshot Snapshot() => new(Id, Status, CalledAt, Recalls, QueuedAt);

    /// <summary>
    /// Undo of a queue action: the status and queue place the token had before it, even out of a
    /// final status (a patient marked missed by mistake). Audited like every change.
    /// </summary>
    public void Restore(QueueSnapshot before, string note, Actor actor, DateTimeOffset now)
    {
        Events.Add(new TokenEvent(Id, now, actor.Name, Status, before.Status, note));
        (Status, CalledAt, Recalls, QueuedAt, UpdatedAt) = (before.Status, before.CalledAt, before.Recalls, before.QueuedAt, now);
    }

    /// <summary>Moves the token to another doctor's slot or to a department's own line, with a new number there.</summary>
    public void TransferTo(string department, int? doctorId, string? doctorName, int? slotId, int number, DateOnly date, TimeOnly time,
        string note, string? staffNote, Actor actor, DateTimeOffset now)
    {
        Events.Add(new TokenEvent(Id, now, actor.Name, Status, Status, note, staffNote));
        (DepartmentCode, DoctorId, DoctorName, SlotId, TokenNumber, BookingDate, BookingTime) = (department, doctorId, doctorName, slotId, number, date, time);
        (CalledAt, Recalls, QueuedAt, UpdatedAt) = (null, 0, now, now);
    }

    /// <summary>Moves the token to <paramref name="to"/> if the lifecycle allows it; records who and why.</summary>
    /// <param name="note">Written by the system for the patient.</param>
    /// <param name="staffNote">Typed by a staff member: kept from the patient.</param>
    public Result<Token> ChangeStatus(TokenStatus to, string? note, Actor actor, DateTimeOffset now, string? staffNote = null)
    {
        if (!TokenStatusRules.CanChange(Status, to))
            return new ConflictError(
                $"Token {TokenNumber} is {TokenText.Status(Status)} and cannot be changed to {TokenText.Status(to)}.");
        Events.Add(new TokenEvent(Id, now, actor.Name, Status, to, note, staffNote));
        Status = to;
        if (!string.IsNullOrWhiteSpace(staffNote))
            (Notes, NotesByStaff) = (staffNote, true);
        else if (!string.IsNullOrWhiteSpace(note))
            (Notes, NotesByStaff) = (note, false);
        UpdatedAt = now;
        return this;
    }
}

/// <summary>A validated booking request, ready to receive its number.</summary>
public sealed record NewToken(
    string Department,
    string? DoctorName,
    int? DoctorId,
    string PatientName,
    string PatientPhone,
    int? PatientAge,
    DateOnly Date,
    TimeOnly Time,
    TokenPriority Priority,
    TokenPriority RequestedPriority,
    TokenSource Source,
    string? Symptoms,
    string? Notes);

/// <summary>A token's status and place in the queue at one moment.</summary>
public sealed record QueueSnapshot(Guid TokenId, TokenStatus Status, DateTimeOffset? CalledAt, int Recalls, DateTimeOffset? QueuedAt);
