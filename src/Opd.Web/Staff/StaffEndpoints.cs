using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Staff;
using Opd.Web.Infrastructure;

namespace Opd.Web.Staff;

/// <summary>Admin-only management of staff users and their API keys (the CLI offers the same).</summary>
public static class StaffEndpoints
{
    public sealed record StaffJson(string Username, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, IReadOnlyList<KeyJson> Keys);
    public sealed record KeyJson(Guid Id, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
    public sealed record IssuedKeyJson(Guid KeyId, string Username, string ApiKey, string Prefix);

    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("", List);
        staff.MapPost("", Create)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{username}/keys", Issue).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapDelete("/keys/{key}", Revoke).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{username}/deactivate", (string username, ManageStaff s, CancellationToken ct) => SetActive(username, false, s, ct))
            .WithSummary("The user's keys stop working and their sessions end at once; nothing is deleted.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{username}/activate", (string username, ManageStaff s, CancellationToken ct) => SetActive(username, true, s, ct))
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<List<StaffJson>>> List(ManageStaff staff, CancellationToken ct) =>
        TypedResults.Ok((await staff.List(ct)).Select(Json).ToList());

    public static Task<Results<Created<IssuedKeyJson>, ProblemHttpResult>> Create(CreateStaffBody body, ManageStaff staff, CancellationToken ct) =>
        staff.CreateUser(body.Username, body.DisplayName, body.Roles ?? [], ct).Answer(k => TypedResults.Created($"/api/staff/{k.Username}", Json(k)));

    public static Task<Results<Created<IssuedKeyJson>, ProblemHttpResult>> Issue(string username, ManageStaff staff, CancellationToken ct) =>
        staff.IssueKey(username, ct).Answer(k => TypedResults.Created($"/api/staff/{k.Username}", Json(k)));

    public static Task<Results<Ok<KeyJson>, ProblemHttpResult>> Revoke(string key, ManageStaff staff, CancellationToken ct) =>
        staff.RevokeKey(key, ct).Answer(k => TypedResults.Ok(new KeyJson(k.Id, k.Prefix, k.CreatedAt, k.RevokedAt)));

    public static Task<Results<Ok<StaffJson>, ProblemHttpResult>> SetActive(string username, bool active, ManageStaff staff, CancellationToken ct) =>
        staff.SetActive(username, active, ct).Answer(u => TypedResults.Ok(Json(u)));

    private static StaffJson Json(StaffUser u) => new(u.Username, u.DisplayName, u.Roles, u.IsActive,
        u.Keys.OrderBy(k => k.CreatedAt).Select(k => new KeyJson(k.Id, k.Prefix, k.CreatedAt, k.RevokedAt)).ToList());

    private static IssuedKeyJson Json(ManageStaff.IssuedKey key) => new(key.KeyId, key.Username, key.Secret, key.Prefix);
}
