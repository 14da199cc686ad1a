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
    private delegate Task<Result<QueueLine>> LineAction(QueueDesk desk, LineKey key, ActionBody body, Actor actor, CancellationToken ct);

    /// <summary>Optional body of an action: which token (default: the one in the room) and, for a skip, by how many places.</summary>
    public sealed record ActionBody(Guid? TokenId, int? After);

    private static readonly (string Route, string Summary, LineAction Act)[] Actions =
    [
        ("call-next", "The patient in the room is done; call the first waiting patient.", (d, k, _, a, ct) => d.CallNext(k, a, ct)),
        ("recall", "Call the patient in the room again; after Queue:MaxRecalls recalls they are marked missed.", (d, k, _, a, ct) => d.Recall(k, a, ct)),
        ("skip", "Send a patient (default: the one called) back behind `after` others (default Queue:DefaultSkip), never behind a less urgent class.",
            (d, k, b, a, ct) => d.Skip(k, b.TokenId, b.After, a, ct)),
        ("no-show", "Mark a patient (default: the one called) missed.", (d, k, b, a, ct) => d.NoShow(k, b.TokenId, a, ct)),
        ("serve", "Mark a patient (default: the one called) seen.", (d, k, b, a, ct) => d.Serve(k, b.TokenId, a, ct)),
        ("undo", "Take back the line's last action of today.", (d, k, _, a, ct) => d.Undo(k, a, ct)),
    ];

    public static void MapLiveQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/queue").WithTags("Live queue")
            .ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapGet("/doctors/{doctor_id:int}", (int doctor_id, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
            Answer(read.Doctor(doctor_id, ct), clock)).WithDescription("Today's line of a doctor: now serving and the waiting numbers with ETAs.");
        queue.MapGet("/departments/{department}", (string department, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
            Answer(read.Department(department, ct), clock)).WithDescription("Today's line of a department's tokens without a doctor.");
        queue.MapGet("/tokens/{token_id}", Track).WithDescription("Where a token stands today: in the room, or its position and ETA.");

        var staff = queue.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var (route, summary, act) in Actions)
        {
            staff.MapPost($"/doctors/{{doctor_id:int}}/{route}", (int doctor_id, HttpContext c, QueueDesk desk, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
                Run(c, desk, clock, act, () => read.DoctorKey(doctor_id, ct), ct))
                .WithSummary(summary);
            staff.MapPost($"/departments/{{department}}/{route}", (string department, HttpContext c, QueueDesk desk, ReadQueue read, ClinicClock clock, CancellationToken ct) =>
                Run(c, desk, clock, act, () => read.DepartmentKey(department, ct), ct))
                .WithSummary(summary);
        }
        staff.MapPost("/tokens/{token_id}/call", CallToken).WithSummary("Call this token now; whoever was in the room is done.");
        staff.MapPost("/tokens/{token_id}/transfer", Transfer)
            .WithSummary("Send a waiting patient of today to another doctor (doctor_id) or department, with a new number there.");

        app.MapPost("/tokens/current/set", SetCurrent).WithTags("Tokens").RequireAuthorization(Policies.Staff)
            .WithDescription("The earlier system's \"now serving\": {\"department\", \"doctor_name\", \"token_id\"} calls that token.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/tokens/current/{doctor_name}", Current).WithTags("Tokens")
            .WithDescription("The number a doctor is serving now (no patient details).").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<LineJson>, ProblemHttpResult>> Answer(Task<Result<QueueLine>> line, ClinicClock clock)
    {
        var result = await line;
        return result.IsSuccess ? TypedResults.Ok(LineJson.From(result.Value!, clock)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LineJson>, ProblemHttpResult>> Run(HttpContext context, QueueDesk desk, ClinicClock clock, LineAction act,
        Func<Task<Result<LineKey>>> key, CancellationToken ct)
    {
        var actor = context.User.ToActor();
        var body = await OptionalBody(context.Request, ct);
        if (!body.IsSuccess)
            return body.Error!.ToProblem();
        var line = await key();
        if (!line.IsSuccess)
            return line.Error!.ToProblem();
        return await Answer(act(desk, line.Value!, body.Value!, actor, ct), clock);
    }

    private static async Task<Result<ActionBody>> OptionalBody(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any())
            return new ActionBody(null, null);
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!;
        var body = read.Value!;
        var tokenText = body.String("token_id");
        Guid? tokenId = null;
        if (tokenText is not null)
        {
            if (Guid.TryParse(tokenText, out var id))
                tokenId = id;
            else
                body.Errors.Add("token_id", "The token_id must be a token's id, as the booking returned it.");
        }
        var after = body.Int("after");
        return body.Errors.Any ? body.Errors.ToError() : new ActionBody(tokenId, after);
    }

    public static async Task<Results<Ok<TokenPlaceJson>, ProblemHttpResult>> Track(string token_id, ReadQueue read, ClinicClock clock, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        var result = await read.Token(id, ct);
        return result.IsSuccess ? TypedResults.Ok(TokenPlaceJson.From(result.Value!, clock)) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<LineJson>, ProblemHttpResult>> CallToken(string token_id, HttpContext context, QueueDesk desk, ClinicClock clock, CancellationToken ct)
    {
        var actor = context.User.ToActor();
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await Answer(desk.Call(id, actor, ct), clock);
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Transfer(string token_id, HttpContext context, QueueTransfer transfer, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        var command = new QueueTransfer.Command(id, body.Int("doctor_id"), body.String("department"), body.String("note"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await transfer.Handle(command, actor, ct);
        return result.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(result.Value!, $"Transferred: token number {result.Value!.TokenNumber} with {result.Value.DoctorName ?? result.Value.DepartmentCode}", staff: true))
            : result.Error!.ToProblem();
    }

    /// <summary>The earlier system's shape: {"department", "doctor_name", "token_id"}; the token decides the line, the other two must agree with it.</summary>
    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> SetCurrent(HttpContext context, QueueDesk desk, GetToken.Handler get, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        var (department, doctor, tokenText) = (body.String("department"), body.String("doctor_name"), body.String("token_id"));
        if (!Guid.TryParse(tokenText, out var id) && !body.Errors.Has("token_id"))
            body.Errors.Add("token_id", "Give the token_id of the token to serve now.");
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var token = await get.Handle(id, ct);
        if (!token.IsSuccess)
            return token.Error!.ToProblem();
        var t = token.Value!;
        if (department is not null && !department.Trim().Equals(t.DepartmentCode, StringComparison.OrdinalIgnoreCase))
            return ValidationError.For("department", $"Token {t.TokenNumber} belongs to {t.DepartmentCode}, not {department}.").ToProblem();
        if (doctor is not null && t.DoctorName is not null && !doctor.Trim().Equals(t.DoctorName, StringComparison.OrdinalIgnoreCase))
            return ValidationError.For("doctor_name", $"Token {t.TokenNumber} is with {t.DoctorName}, not {doctor}.").ToProblem();
        var called = await desk.Call(id, actor, ct);
        return called.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(called.Value!.Serving!, $"Now serving token {t.TokenNumber}", staff: true))
            : called.Error!.ToProblem();
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
