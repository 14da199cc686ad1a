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
    public sealed record CreateStaffBody(string Username, string? DisplayName, IReadOnlyList<string> Roles);

    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("", List);
        staff.MapPost("", Create).Accepts<CreateStaffBody>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{username}/keys", Issue).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapDelete("/keys/{key}", Revoke).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Ok<List<StaffJson>>> List(ManageStaff staff, CancellationToken ct) =>
        TypedResults.Ok((await staff.List(ct)).Select(u => new StaffJson(u.Username, u.DisplayName, u.Roles, u.IsActive,
            u.Keys.Select(k => new KeyJson(k.Id, k.Prefix, k.CreatedAt, k.RevokedAt)).ToList())).ToList());

    public static async Task<Results<Created<IssuedKeyJson>, ProblemHttpResult>> Create(
        HttpRequest request, ManageStaff staff, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var body = read.Value!;
        var (username, displayName, roles) = (body.String("username"), body.String("display_name"), body.Strings("roles"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await staff.CreateUser(username, displayName, roles ?? [], ct);
        return result.IsSuccess ? TypedResults.Created($"/api/staff/{result.Value!.Username}", Json(result.Value)) : result.Error!.ToProblem();
    }

    public static async Task<Results<Created<IssuedKeyJson>, ProblemHttpResult>> Issue(string username, ManageStaff staff, CancellationToken ct)
    {
        var result = await staff.IssueKey(username, ct);
        return result.IsSuccess ? TypedResults.Created($"/api/staff/{result.Value!.Username}", Json(result.Value)) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<KeyJson>, ProblemHttpResult>> Revoke(string key, ManageStaff staff, CancellationToken ct)
    {
        var result = await staff.RevokeKey(key, ct);
        return result.IsSuccess
            ? TypedResults.Ok(new KeyJson(result.Value!.Id, result.Value.Prefix, result.Value.CreatedAt, result.Value.RevokedAt))
            : result.Error!.ToProblem();
    }

    private static IssuedKeyJson Json(ManageStaff.IssuedKey key) => new(key.KeyId, key.Username, key.Secret, key.Prefix);
}
