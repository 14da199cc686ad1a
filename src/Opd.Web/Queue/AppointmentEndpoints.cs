using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;

namespace Opd.Web.Queue;

/// <summary>Booking with a doctor, the doctor's queue, and serving (/api/v1/...).</summary>
public static class AppointmentEndpoints
{
    public static void MapAppointmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Doctor tokens and queue")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/book", Book).Accepts<SlotBookingBody>("application/json").ProducesProblem(StatusCodes.Status401Unauthorized);

        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/doctors/{doctor_id:int}/queue", Queue);
        staff.MapPatch("/appointments/{appointment_id:long}/serve", (long appointment_id, HttpContext c, ChangeTokenStatus.Handler h, CancellationToken ct) =>
            Change(appointment_id, "completed", c, h, ct));
        staff.MapPatch("/appointments/{appointment_id:long}/cancel", (long appointment_id, HttpContext c, ChangeTokenStatus.Handler h, CancellationToken ct) =>
            Change(appointment_id, "cancelled", c, h, ct));
        staff.MapPatch("/appointments/{appointment_id:long}/no-show", (long appointment_id, HttpContext c, ChangeTokenStatus.Handler h, CancellationToken ct) =>
            Change(appointment_id, "no_show", c, h, ct));
    }

    public static async Task<Results<Ok<SlotBookingJson>, Accepted<WaitlistedJson>, ProblemHttpResult>> Book(
        HttpContext context, BookSlotToken.Handler handler, ClinicClock clock, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        var doctorId = body.Int("doctor_id");
        var command = new BookSlotToken.Command(doctorId ?? 0, body.String("patient_name"), body.String("patient_phone"),
            body.String("source"), body.Int("patient_age"), body.String("symptoms"), body.Bool("waitlist") ?? false, body.Int("slot_id"));
        if (doctorId is null && !body.Errors.Has("doctor_id"))
            body.Errors.Add("doctor_id", "Please give the doctor's id (see GET /api/v1/doctors).");
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await handler.Handle(command, actor, ct);
        return result.Value switch
        {
            BookSlotToken.Booked booked => TypedResults.Ok(SlotBookingJson.From(booked, clock)),
            BookSlotToken.Waitlisted w => TypedResults.Accepted($"/api/v1/doctors/{w.Entry.DoctorId}/waitlist",
                new WaitlistedJson(true, w.Entry.Id, w.Entry.DoctorId, w.Position,
                    "Every slot is full; you are on the waitlist and get a token automatically when a place frees up.")),
            _ => result.Error!.ToProblem(),
        };
    }

    public static async Task<Results<Ok<QueueJson>, ProblemHttpResult>> Queue(
        int doctor_id, SlotQueue handler, ClinicClock clock, CancellationToken ct)
    {
        var result = await handler.Handle(doctor_id, ct);
        return result.IsSuccess ? TypedResults.Ok(QueueJson.From(result.Value!, clock)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<AppointmentJson>, ProblemHttpResult>> Change(
        long appointmentId, string status, HttpContext context, ChangeTokenStatus.Handler handler, CancellationToken ct)
    {
        var actor = Actors.From(context);
        if (!actor.IsSuccess)
            return actor.Error!.ToProblem();
        var result = await handler.Handle(new ChangeTokenStatus.Command(TokenRef.ByAppointment(appointmentId), status, null), actor.Value!, ct);
        return result.IsSuccess ? TypedResults.Ok(AppointmentJson.From(result.Value!)) : result.Error!.ToProblem();
    }
}
