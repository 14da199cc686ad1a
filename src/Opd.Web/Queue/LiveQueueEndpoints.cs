using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;
using Opd.Web.Tokens;

namespace Opd.Web.Queue;

/// <summary>
/// Today's live lines (/api/queue): public reads for the board and patients, staff actions for
/// the doctor's door and the desks, and the earlier system's "now serving" routes.
/// </summary>
public static class LiveQueueEndpoints
{
    public static void MapLiveQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/queue").WithTags("Live queue")
            .ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapGet("/doctors/{doctor_id:int}", Doctor).WithDescription("Today's line of a doctor: now serving and the waiting numbers with ETAs.");
        queue.MapGet("/departments/{department}", Department).WithDescription("Today's line of a department's tokens without a doctor.");
        queue.MapGet("/tokens/{token_id}", Track).WithDescription("Where a token stands today: in the room, or its position and ETA.");

        var staff = queue.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapLineActions();
        staff.MapPost("/tokens/{token_id}/call", CallToken).WithSummary("Call this token now; whoever was in the room is done.");
        staff.MapPost("/tokens/{token_id}/transfer", Transfer)
            .WithSummary("Send a waiting patient of today to another doctor (doctor_id) or department, with a new number there.");

        app.MapPost("/tokens/current/set", SetCurrent).WithTags("Tokens").RequireAuthorization(Policies.Staff)
            .WithDescription("The earlier system's \"now serving\": {\"department\", \"doctor_name\", \"token_id\"} calls that token.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/tokens/current/{doctor_name}", Current).WithTags("Tokens")
            .WithDescription("The number a doctor is serving now (no patient details).").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Task<Results<Ok<LineJson>, ProblemHttpResult>> Doctor(int doctor_id, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
        read.Doctor(doctor_id, ct).Answer(l => TypedResults.Ok(LineJson.From(l, clock)));

    public static Task<Results<Ok<LineJson>, ProblemHttpResult>> Department(string department, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
        read.Department(department, ct).Answer(l => TypedResults.Ok(LineJson.From(l, clock)));

    public static async Task<Results<Ok<TokenPlaceJson>, ProblemHttpResult>> Track(string token_id, ReadQueue read, ClinicClock clock, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await read.Token(id, ct).Answer(t => TypedResults.Ok(TokenPlaceJson.From(t, clock)));
    }

    public static async Task<Results<Ok<LineJson>, ProblemHttpResult>> CallToken(
        string token_id, ClaimsPrincipal user, QueueDesk desk, ClinicClock clock, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await desk.Call(id, user.ToActor(), ct).Answer(l => TypedResults.Ok(LineJson.From(l, clock)));
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Transfer(
        string token_id, TransferBody body, ClaimsPrincipal user, QueueTransfer transfer, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await transfer.Handle(new QueueTransfer.Command(id, body.DoctorId, body.Department, body.Note), user.ToActor(), ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Transferred: token number {t.TokenNumber} with {t.DoctorName ?? t.DepartmentCode}", staff: true)));
    }

    /// <summary>The earlier system's shape: {"department", "doctor_name", "token_id"}; the token decides the line, the other two must agree with it.</summary>
    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> SetCurrent(
        SetCurrentBody body, ClaimsPrincipal user, QueueDesk desk, GetToken.Handler get, CancellationToken ct)
    {
        var id = body.TokenId!.Value;
        var token = await get.Handle(id, ct);
        if (!token.IsSuccess)
            return token.Error!.ToProblem();
        var t = token.Value!;
        var (department, doctor) = (body.Department, body.DoctorName);
        if (department is not null && !department.Trim().Equals(t.DepartmentCode, StringComparison.OrdinalIgnoreCase))
            return ValidationError.For("department", $"Token {t.TokenNumber} belongs to {t.DepartmentCode}, not {department}.").ToProblem();
        if (doctor is not null && t.DoctorName is not null && !doctor.Trim().Equals(t.DoctorName, StringComparison.OrdinalIgnoreCase))
            return ValidationError.For("doctor_name", $"Token {t.TokenNumber} is with {t.DoctorName}, not {doctor}.").ToProblem();
        return await desk.Call(id, user.ToActor(), ct)
            .Answer(line => TypedResults.Ok(TokenEnvelope.For(line.Serving!, $"Now serving token {t.TokenNumber}", staff: true)));
    }

    public sealed record CurrentJson(bool Success, string DoctorName, string Department, int? TokenNumber, DateTimeOffset? CalledAt, string? Room, string Message);

    public static async Task<Results<Ok<CurrentJson>, ProblemHttpResult>> Current(string doctor_name, ReadQueue read, ClinicClock clock, CancellationToken ct)
    {
        var result = await read.DoctorNamed(doctor_name, ct);
        if (!result.IsSuccess)
            return result.Error!.ToProblem();
        var line = result.Value!;
        var serving = line.Serving;
        return TypedResults.Ok(new CurrentJson(true, line.Doctor!.Name, line.Doctor.DepartmentCode, serving?.TokenNumber,
            serving?.CalledAt is { } at ? clock.InClinic(at) : null, line.Doctor.Room,
            serving is null ? $"{line.Doctor.Name} is not serving anyone right now." : $"Now serving token {serving.TokenNumber}"));
    }
}
