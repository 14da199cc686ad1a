using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure;

namespace Opd.Web.Doctors;

/// <summary>Doctors and their slots (/api/v1/doctors...). Reading is public; changing is for admins, the delay for any staff.</summary>
public static class DoctorEndpoints
{
    public static void MapDoctorEndpoints(this IEndpointRouteBuilder app)
    {
        var doctors = app.MapGroup("/api/v1/doctors").WithTags("Doctors and slots")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        doctors.MapGet("", List);
        doctors.MapGet("/{doctor_id:int}", Get);
        doctors.MapGet("/{doctor_id:int}/slots", Slots);

        var admin = doctors.MapGroup("").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("", Create).Accepts<DoctorBody>("application/json");
        admin.MapPatch("/{doctor_id:int}", Update).Accepts<DoctorBody>("application/json");
        admin.MapDelete("/{doctor_id:int}", Deactivate);
        admin.MapPost("/{doctor_id:int}/slots", CreateSlot).Accepts<SlotBody>("application/json");

        doctors.MapPost("/{doctor_id:int}/delay", Delay).Accepts<DelayBody>("application/json")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static async Task<Ok<List<DoctorJson>>> List(ManageDoctors doctors, ClinicClock clock, CancellationToken ct,
        string? department = null, bool include_inactive = false) =>
        TypedResults.Ok((await doctors.List(department, include_inactive, ct)).Select(d => DoctorJson.From(d, clock)).ToList());

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Get(int doctor_id, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Get(doctor_id, ct), clock);

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Create(HttpRequest request, ManageDoctors doctors, ClinicClock clock, CancellationToken ct)
    {
        var body = await ReadDoctor(request, ct);
        return body.IsSuccess ? Answer(await doctors.Create(body.Value!, ct), clock) : body.Error!.ToProblem();
    }

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Update(int doctor_id, HttpRequest request, ManageDoctors doctors, ClinicClock clock, CancellationToken ct)
    {
        var body = await ReadDoctor(request, ct);
        return body.IsSuccess ? Answer(await doctors.Update(doctor_id, body.Value!, ct), clock) : body.Error!.ToProblem();
    }

    /// <summary>Deactivates: the doctor takes no more bookings; their tokens stay as they are.</summary>
    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Deactivate(int doctor_id, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Update(doctor_id, new ManageDoctors.Fields(null, null, null, null, IsActive: false), ct), clock);

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Delay(int doctor_id, HttpRequest request, ManageDoctors doctors, ClinicClock clock, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var minutes = read.Value!.Int("minutes");
        if (read.Value.Errors.Any)
            return read.Value.Errors.ToError().ToProblem();
        return Answer(await doctors.ReportDelay(doctor_id, minutes, ct), clock);
    }

    public static async Task<Results<Ok<List<SlotJson>>, ProblemHttpResult>> Slots(int doctor_id, ManageSlots slots, ClinicClock clock, CancellationToken ct,
        string? date_from = null, string? date_to = null)
    {
        var errors = new FieldErrors();
        var from = QueryValues.Date(date_from, "date_from", errors);
        var to = QueryValues.Date(date_to, "date_to", errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await slots.List(doctor_id, from, to, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(s => SlotJson.From(s, clock)).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<SlotJson>, ProblemHttpResult>> CreateSlot(int doctor_id, HttpRequest request, ManageSlots slots, ClinicClock clock, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var body = read.Value!;
        var fields = new ManageSlots.Fields(body.String("start_time"), body.String("end_time"), body.Int("capacity"),
            body.Int("walk_in_reserved"), body.Int("walk_in_release_minutes"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await slots.Create(doctor_id, fields, ct);
        return result.IsSuccess ? TypedResults.Ok(SlotJson.From(result.Value!, clock)) : result.Error!.ToProblem();
    }

    private static async Task<Result<ManageDoctors.Fields>> ReadDoctor(HttpRequest request, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!;
        var body = read.Value!;
        var fields = new ManageDoctors.Fields(body.String("name"), body.String("doctor_code"), body.String("specialization"),
            body.String("department"), body.Bool("is_active"), body.String("room"));
        return body.Errors.Any ? body.Errors.ToError() : fields;
    }

    private static Results<Ok<DoctorJson>, ProblemHttpResult> Answer(Result<Doctor> result, ClinicClock clock) =>
        result.IsSuccess ? TypedResults.Ok(DoctorJson.From(result.Value!, clock)) : result.Error!.ToProblem();
}
