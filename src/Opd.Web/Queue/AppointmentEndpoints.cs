using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;
using Opd.Web.PhoneCodes;

namespace Opd.Web.Queue;

/// <summary>Booking with a doctor, the doctor's queue, and serving (/api/v1/...).</summary>
public static class AppointmentEndpoints
{
    public static void MapAppointmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Doctor tokens and queue")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/book", Book).RequireRateLimiting(RateLimits.Booking).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).WithPhoneVerification(required: false);

        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/doctors/{doctor_id:int}/queue", Queue);
        staff.MapPatch("/appointments/{appointment_id:long}/serve", Serve);
        staff.MapPatch("/appointments/{appointment_id:long}/cancel", Cancel);
        staff.MapPatch("/appointments/{appointment_id:long}/no-show", NoShow);
    }

    public static async Task<Results<Ok<SlotBookingJson>, Accepted<WaitlistedJson>, ProblemHttpResult>> Book(
        SlotBookingBody body, ClaimsPrincipal user, BookSlotToken.Handler handler, ClinicClock clock, CancellationToken ct)
    {
        var result = await handler.Handle(body.ToCommand(), user.ToActor(), ct);
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

    public static Task<Results<Ok<AppointmentJson>, ProblemHttpResult>> Serve(
        long appointment_id, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct) =>
        Change(appointment_id, TokenStatus.Completed, user, handler, ct);

    public static Task<Results<Ok<AppointmentJson>, ProblemHttpResult>> Cancel(
        long appointment_id, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct) =>
        Change(appointment_id, TokenStatus.Cancelled, user, handler, ct);

    public static Task<Results<Ok<AppointmentJson>, ProblemHttpResult>> NoShow(
        long appointment_id, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct) =>
        Change(appointment_id, TokenStatus.NoShow, user, handler, ct);

    private static Task<Results<Ok<AppointmentJson>, ProblemHttpResult>> Change(
        long appointmentId, TokenStatus status, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct) =>
        handler.Handle(new ChangeTokenStatus.Command(TokenRef.ByAppointment(appointmentId), status), user.ToActor(), ct)
            .Answer(t => TypedResults.Ok(AppointmentJson.From(t)));
}
