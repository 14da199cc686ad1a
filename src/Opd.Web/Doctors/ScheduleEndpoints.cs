using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure;

namespace Opd.Web.Doctors;

/// <summary>Weekly schedules, slot generation, leave and holidays (/api/v1/...). Changes are for admins.</summary>
public static class ScheduleEndpoints
{
    public sealed record ScheduleJson(int Id, int DoctorId, IReadOnlyList<string> Weekdays, string StartTime, string EndTime, int SlotMinutes,
        int CapacityPerSlot, int WalkInReserved, int WalkInReleaseMinutes)
    {
        public static ScheduleJson From(Schedule s) => new(s.Id, s.DoctorId, s.Weekdays.Select(Opd.Core.Scheduling.Weekdays.Name).ToList(),
            s.StartTime.ToString("HH:mm"), s.EndTime.ToString("HH:mm"), s.SlotMinutes, s.CapacityPerSlot, s.WalkInReserved, s.WalkInReleaseMinutes);
    }

    public sealed record GeneratedJson(int Created, int AlreadyThere, IReadOnlyList<string> Skipped);

    /// <summary>A closure; the counts are given only in the answer that made it.</summary>
    public sealed record ClosureJson(int Id, int? DoctorId, DateOnly DateFrom, DateOnly DateTo, string Reason,
        int? SlotsClosed = null, int? TokensMoved = null, int? TokensCancelled = null);

    public static void MapScheduleEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Schedules, leave and holidays")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/doctors/{doctor_id:int}/schedules", List);
        api.MapGet("/closures", Closures);

        var admin = api.MapGroup("").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/doctors/{doctor_id:int}/schedules", Create);
        admin.MapPost("/doctors/{doctor_id:int}/schedules/{schedule_id:int}/generate", Generate);
        admin.MapPost("/doctors/{doctor_id:int}/leave", Leave);
        admin.MapPost("/holidays", Holiday);
    }

    public static Task<Results<Ok<List<ScheduleJson>>, ProblemHttpResult>> List(int doctor_id, ManageSchedules schedules, CancellationToken ct) =>
        schedules.List(doctor_id, ct).Answer(list => TypedResults.Ok(list.Select(ScheduleJson.From).ToList()));

    public static Task<Results<Ok<ScheduleJson>, ProblemHttpResult>> Create(int doctor_id, ScheduleBody body, ManageSchedules schedules, CancellationToken ct) =>
        schedules.Create(doctor_id, body.ToFields(), ct).Answer(s => TypedResults.Ok(ScheduleJson.From(s)));

    public static Task<Results<Ok<GeneratedJson>, ProblemHttpResult>> Generate(
        int doctor_id, int schedule_id, RangeBody body, ManageSchedules schedules, CancellationToken ct) =>
        schedules.Generate(doctor_id, schedule_id, body.DateFrom, body.DateTo, ct)
            .Answer(g => TypedResults.Ok(new GeneratedJson(g.Created, g.AlreadyThere, g.Skipped)));

    public static async Task<Ok<List<ClosureJson>>> Closures(ManageClosures closures, ClinicClock clock, CancellationToken ct) =>
        TypedResults.Ok((await closures.List(clock.Today, ct)).Select(c => new ClosureJson(c.Id, c.DoctorId, c.DateFrom, c.DateTo, c.Reason)).ToList());

    /// <summary>A doctor's leave: their slots of those days close and the tokens move.</summary>
    public static Task<Results<Ok<ClosureJson>, ProblemHttpResult>> Leave(
        int doctor_id, ClosureBody body, ClaimsPrincipal user, ManageClosures closures, CancellationToken ct) =>
        Close(doctor_id, body, user, closures, ct);

    /// <summary>A facility holiday: every doctor's slots of those days close, and the department tokens are cancelled.</summary>
    public static Task<Results<Ok<ClosureJson>, ProblemHttpResult>> Holiday(
        ClosureBody body, ClaimsPrincipal user, ManageClosures closures, CancellationToken ct) =>
        Close(null, body, user, closures, ct);

    private static Task<Results<Ok<ClosureJson>, ProblemHttpResult>> Close(
        int? doctorId, ClosureBody body, ClaimsPrincipal user, ManageClosures closures, CancellationToken ct) =>
        closures.Close(doctorId, body.DateFrom, body.DateTo, body.Reason, user.ToActor(), ct).Answer(a =>
            TypedResults.Ok(new ClosureJson(a.Closure.Id, a.Closure.DoctorId, a.Closure.DateFrom, a.Closure.DateTo, a.Closure.Reason,
                a.SlotsClosed, a.Moved, a.Cancelled)));
}
