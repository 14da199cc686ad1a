using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure;

namespace Opd.Web.Doctors;

/// <summary>Weekly schedules, slot generation, leave and holidays (/api/v1/...). Changes are for admins.</summary>
public static class ScheduleEndpoints
{
    /// <summary>Weekdays as names ("mon" or "monday"); times HH:MM in clinic time.</summary>
    public sealed record ScheduleBody(IReadOnlyList<string> Weekdays, string StartTime, string EndTime, int SlotMinutes, int CapacityPerSlot,
        int? WalkInReserved = null, int? WalkInReleaseMinutes = null);

    public sealed record ScheduleJson(int Id, int DoctorId, IReadOnlyList<string> Weekdays, string StartTime, string EndTime, int SlotMinutes,
        int CapacityPerSlot, int WalkInReserved, int WalkInReleaseMinutes)
    {
        private static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

        public static ScheduleJson From(Schedule s) => new(s.Id, s.DoctorId, s.Weekdays.Select(d => Names[d - 1]).ToList(),
            s.StartTime.ToString("HH:mm"), s.EndTime.ToString("HH:mm"), s.SlotMinutes, s.CapacityPerSlot, s.WalkInReserved, s.WalkInReleaseMinutes);
    }

    public sealed record RangeBody(string DateFrom, string DateTo);

    public sealed record GeneratedJson(int Created, int AlreadyThere, IReadOnlyList<string> Skipped);

    public sealed record ClosureBody(string DateFrom, string DateTo, string Reason);

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
        admin.MapPost("/doctors/{doctor_id:int}/schedules", Create).Accepts<ScheduleBody>("application/json");
        admin.MapPost("/doctors/{doctor_id:int}/schedules/{schedule_id:int}/generate", Generate).Accepts<RangeBody>("application/json");
        admin.MapPost("/doctors/{doctor_id:int}/leave", (int doctor_id, HttpContext c, ManageClosures m, CancellationToken ct) => Close(doctor_id, c, m, ct))
            .Accepts<ClosureBody>("application/json");
        admin.MapPost("/holidays", (HttpContext c, ManageClosures m, CancellationToken ct) => Close(null, c, m, ct))
            .Accepts<ClosureBody>("application/json");
    }

    public static async Task<Results<Ok<List<ScheduleJson>>, ProblemHttpResult>> List(int doctor_id, ManageSchedules schedules, CancellationToken ct)
    {
        var result = await schedules.List(doctor_id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(ScheduleJson.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<ScheduleJson>, ProblemHttpResult>> Create(int doctor_id, HttpRequest request, ManageSchedules schedules, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var b = read.Value!;
        var fields = new ManageSchedules.Fields(b.Strings("weekdays"), b.String("start_time"), b.String("end_time"), b.Int("slot_minutes"),
            b.Int("capacity_per_slot"), b.Int("walk_in_reserved"), b.Int("walk_in_release_minutes"));
        if (b.Errors.Any)
            return b.Errors.ToError().ToProblem();
        var result = await schedules.Create(doctor_id, fields, ct);
        return result.IsSuccess ? TypedResults.Ok(ScheduleJson.From(result.Value!)) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<GeneratedJson>, ProblemHttpResult>> Generate(
        int doctor_id, int schedule_id, HttpRequest request, ManageSchedules schedules, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var b = read.Value!;
        var from = QueryValues.Date(b.String("date_from"), "date_from", b.Errors);
        var to = QueryValues.Date(b.String("date_to"), "date_to", b.Errors);
        if (b.Errors.Any)
            return b.Errors.ToError().ToProblem();
        var result = await schedules.Generate(doctor_id, schedule_id, from, to, ct);
        return result.IsSuccess
            ? TypedResults.Ok(new GeneratedJson(result.Value!.Created, result.Value.AlreadyThere, result.Value.Skipped))
            : result.Error!.ToProblem();
    }

    public static async Task<Ok<List<ClosureJson>>> Closures(ManageClosures closures, ClinicClock clock, CancellationToken ct) =>
        TypedResults.Ok((await closures.List(clock.Today, ct)).Select(c => new ClosureJson(c.Id, c.DoctorId, c.DateFrom, c.DateTo, c.Reason)).ToList());

    private static async Task<Results<Ok<ClosureJson>, ProblemHttpResult>> Close(int? doctorId, HttpContext context, ManageClosures closures, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        var from = QueryValues.Date(body.String("date_from"), "date_from", body.Errors);
        var to = QueryValues.Date(body.String("date_to"), "date_to", body.Errors);
        var reason = body.String("reason");
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await closures.Close(doctorId, from, to, reason, actor, ct);
        if (!result.IsSuccess)
            return result.Error!.ToProblem();
        var (c, slots, moved, cancelled) = result.Value!;
        return TypedResults.Ok(new ClosureJson(c.Id, c.DoctorId, c.DateFrom, c.DateTo, c.Reason, slots, moved, cancelled));
    }
}
