using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Departments;
using Opd.Web.Infrastructure;
using Opd.Web.Tokens;

namespace Opd.Web.Departments;

/// <summary>Administration of departments (/api/departments); the public list is GET /tokens/departments.</summary>
public static class DepartmentEndpoints
{
    public sealed record DepartmentChangeBody(int? DailyCapacity, bool? IsActive, string? NameOr, string? NameHi);

    public static void MapDepartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/departments").WithTags("Departments").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        departments.MapGet("", List);
        departments.MapPatch("/{code}", Update).Accepts<DepartmentChangeBody>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<List<DepartmentJson>>> List(ListDepartments.Handler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.Handle(includeInactive: true, ct)).Select(DepartmentJson.From).ToList());

    public static async Task<Results<Ok<DepartmentJson>, ProblemHttpResult>> Update(
        string code, HttpRequest request, UpdateDepartment.Handler handler, CancellationToken ct)
    {
        var read = await JsonBody.Read(request, ct);
        if (!read.IsSuccess)
            return read.Error!.ToProblem();
        var body = read.Value!;
        var command = new UpdateDepartment.Command(code, body.Int("daily_capacity"), body.Bool("is_active"), body.String("name_or"), body.String("name_hi"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await handler.Handle(command, ct);
        return result.IsSuccess ? TypedResults.Ok(DepartmentJson.From(result.Value!)) : result.Error!.ToProblem();
    }
}
