using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Web.Infrastructure;
using LineAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Opd.Web.Queue.LineJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Opd.Web.Queue;

/// <summary>
/// The staff actions on a doctor's line and on a department's line, route by route. Every action
/// takes the same optional body, so a malformed one is refused even where its fields are not used.
/// </summary>
public static class LineActionEndpoints
{
    private const string CallNextSummary = "The patient in the room is done; call the first waiting patient.";
    private const string RecallSummary = "Call the patient in the room again; after Queue:MaxRecalls recalls they are marked missed.";
    private const string SkipSummary =
        "Send a patient (default: the one called) back behind `after` others (default Queue:DefaultSkip), never behind a less urgent class.";
    private const string NoShowSummary = "Mark a patient (default: the one called) missed.";
    private const string ServeSummary = "Mark a patient (default: the one called) seen.";
    private const string UndoSummary = "Take back the line's last action of today.";

    public static void MapLineActions(this RouteGroupBuilder staff)
    {
        var doctor = staff.MapGroup("/doctors/{doctor_id:int}");
        doctor.MapPost("/call-next", DoctorCallNext).WithSummary(CallNextSummary);
        doctor.MapPost("/recall", DoctorRecall).WithSummary(RecallSummary);
        doctor.MapPost("/skip", DoctorSkip).WithSummary(SkipSummary);
        doctor.MapPost("/no-show", DoctorNoShow).WithSummary(NoShowSummary);
        doctor.MapPost("/serve", DoctorServe).WithSummary(ServeSummary);
        doctor.MapPost("/undo", DoctorUndo).WithSummary(UndoSummary);

        var department = staff.MapGroup("/departments/{department}");
        department.MapPost("/call-next", DepartmentCallNext).WithSummary(CallNextSummary);
        department.MapPost("/recall", DepartmentRecall).WithSummary(RecallSummary);
        department.MapPost("/skip", DepartmentSkip).WithSummary(SkipSummary);
        department.MapPost("/no-show", DepartmentNoShow).WithSummary(NoShowSummary);
        department.MapPost("/serve", DepartmentServe).WithSummary(ServeSummary);
        department.MapPost("/undo", DepartmentUndo).WithSummary(UndoSummary);
    }

    public static Task<LineAnswer> DoctorCallNext(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.CallNext(key, actor, line.Ct));

    public static Task<LineAnswer> DoctorRecall(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.Recall(key, actor, line.Ct));

    public static Task<LineAnswer> DoctorSkip(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.Skip(key, body.TokenId, body.After, actor, line.Ct));

    public static Task<LineAnswer> DoctorNoShow(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.NoShow(key, body.TokenId, actor, line.Ct));

    public static Task<LineAnswer> DoctorServe(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.Serve(key, body.TokenId, actor, line.Ct));

    public static Task<LineAnswer> DoctorUndo(int doctor_id, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDoctor(doctor_id, (key, actor) => line.Desk.Undo(key, actor, line.Ct));

    public static Task<LineAnswer> DepartmentCallNext(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.CallNext(key, actor, line.Ct));

    public static Task<LineAnswer> DepartmentRecall(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.Recall(key, actor, line.Ct));

    public static Task<LineAnswer> DepartmentSkip(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.Skip(key, body.TokenId, body.After, actor, line.Ct));

    public static Task<LineAnswer> DepartmentNoShow(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.NoShow(key, body.TokenId, actor, line.Ct));

    public static Task<LineAnswer> DepartmentServe(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.Serve(key, body.TokenId, actor, line.Ct));

    public static Task<LineAnswer> DepartmentUndo(string department, ActionBody body, [AsParameters] LineDesk line) =>
        line.OnDepartment(department, (key, actor) => line.Desk.Undo(key, actor, line.Ct));
}

/// <summary>What every line action needs: the desk, the line's key, the caller and the clock the answer is shown in.</summary>
public readonly record struct LineDesk(QueueDesk Desk, ReadQueue Read, ClinicClock Clock, ClaimsPrincipal User, CancellationToken Ct)
{
    public async Task<LineAnswer> OnDoctor(int doctorId, Func<LineKey, Actor, Task<Result<QueueLine>>> act) =>
        await On(await Read.DoctorKey(doctorId, Ct), act);

    public async Task<LineAnswer> OnDepartment(string department, Func<LineKey, Actor, Task<Result<QueueLine>>> act) =>
        await On(await Read.DepartmentKey(department, Ct), act);

    private async Task<LineAnswer> On(Result<LineKey> key, Func<LineKey, Actor, Task<Result<QueueLine>>> act)
    {
        if (!key.IsSuccess)
            return key.Error!.ToProblem();
        var clock = Clock;
        return await act(key.Value!, User.ToActor()).Answer(l => TypedResults.Ok(LineJson.From(l, clock)));
    }
}
