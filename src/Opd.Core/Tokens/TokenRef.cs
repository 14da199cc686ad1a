namespace Opd.Core.Tokens;

/// <summary>A token named by its unguessable id or by its short appointment number.</summary>
public readonly record struct TokenRef(Guid Id, long? AppointmentId)
{
    public static TokenRef ById(Guid id) => new(id, null);

    public static TokenRef ByAppointment(long appointmentId) => new(Guid.Empty, appointmentId);

    public override string ToString() => AppointmentId?.ToString() ?? Id.ToString();
}
