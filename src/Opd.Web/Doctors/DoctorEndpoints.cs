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
        admin.MapPost("", Create);
        admin.MapPatch("/{doctor_id:int}", Update);
        admin.MapDelete("/{doctor_id:int}", Deactivate);
        admin.MapPost("/{doctor_id:int}/slots", CreateSlot);

        doctors.MapPost("/{doctor_id:int}/delay", Delay)
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static async Task<Ok<List<DoctorJson>>> List(ManageDoctors doctors, ClinicClock clock, CancellationToken ct,
        string? department = null, bool include_inactive = false) =>
        TypedResults.Ok((await doctors.List(department, include_inactive, ct)).Select(d => DoctorJson.From(d, clock)).ToList());

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Get(int doctor_id, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Get(doctor_id, ct), clock);

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Create(DoctorBody body, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Create(body.ToFields(), ct), clock);

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Update(
        int doctor_id, DoctorChangeBody body, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Update(doctor_id, body.ToFields(), ct), clock);

    /// <summary>Deactivates: the doctor takes no more bookings; their tokens stay as they are.</summary>
    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Deactivate(int doctor_id, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.Update(doctor_id, new ManageDoctors.Fields(null, null, null, null, IsActive: false), ct), clock);

    public static async Task<Results<Ok<DoctorJson>, ProblemHttpResult>> Delay(
        int doctor_id, DelayBody body, ManageDoctors doctors, ClinicClock clock, CancellationToken ct) =>
        Answer(await doctors.ReportDelay(doctor_id, body.Minutes, ct), clock);

    public static async Task<Results<Ok<List<SlotJson>>, ProblemHttpResult>> Slots(int doctor_id, ManageSlots slots, ClinicClock clock, CancellationToken ct,
        string? date_from = null, string? date_to = null)
    {
        var errors = new FieldErrors();
        var from = QueryValues.Date(date_from, "date_from", errors);
        var to = QueryValues.Date(date_to, "date_to", errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        return await slots.List(doctor_id, from, to, ct).Answer(list => TypedResults.Ok(list.Select(s => SlotJson.From(s, clock)).ToList()));
    }

    public static Task<Results<Ok<SlotJson>, ProblemHttpResult>> CreateSlot(
        int doctor_id, SlotBody body, ManageSlots slots, ClinicClock clock, CancellationToken ct) =>
        slots.Create(doctor_id, body.ToFields(clock), ct).Answer(s => TypedResults.Ok(SlotJson.From(s, clock)));

    private static Results<Ok<DoctorJson>, ProblemHttpResult> Answer(Result<Doctor> result, ClinicClock clock) =>
        result.Answer(d => TypedResults.Ok(DoctorJson.From(d, clock)));
}
