using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Departments;
using Opd.Web.Infrastructure;
using Opd.Web.Tokens;

namespace Opd.Web.Departments;

/// <summary>Administration of departments (/api/departments); the public list is GET /tokens/departments.</summary>
public static class DepartmentEndpoints
{
    public static void MapDepartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/departments").WithTags("Departments").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        departments.MapGet("", List);
        departments.MapPatch("/{code}", Update)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<List<DepartmentJson>>> List(ListDepartments.Handler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.Handle(includeInactive: true, ct)).Select(DepartmentJson.From).ToList());

    public static Task<Results<Ok<DepartmentJson>, ProblemHttpResult>> Update(
        string code, DepartmentChangeBody body, UpdateDepartment.Handler handler, CancellationToken ct) =>
        handler.Handle(body.ToCommand(code), ct).Answer(d => TypedResults.Ok(DepartmentJson.From(d)));
}
