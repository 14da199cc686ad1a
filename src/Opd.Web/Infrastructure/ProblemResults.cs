using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure;

/// <summary>The one place where expected errors become HTTP: RFC 9457 problem details whose detail a person can read.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult ToProblem(this Error error) => error switch
    {
        ValidationError v => TypedResults.Problem(new HttpValidationProblemDetails(v.Fields.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some fields are not valid",
            Detail = v.Detail,
        }),
        NotFoundError => Problem(StatusCodes.Status404NotFound, "Not found", error.Detail),
        ConflictError => Problem(StatusCodes.Status409Conflict, "Conflict", error.Detail),
        UnauthorizedError => Problem(StatusCodes.Status401Unauthorized, "Sign-in required", error.Detail),
        ForbiddenError => Problem(StatusCodes.Status403Forbidden, "Phone not verified", error.Detail),
        TooSoonError => Problem(StatusCodes.Status429TooManyRequests, "Too many requests", error.Detail),
        Bodies.UnsupportedMediaTypeError => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", error.Detail),
        _ => Problem(StatusCodes.Status400BadRequest, "Bad request", error.Detail),
    };

    /// <summary>A use case's outcome as an answer: its value through <paramref name="ok"/>, or its error as a problem.</summary>
    public static Results<TOk, ProblemHttpResult> Answer<T, TOk>(this Result<T> result, Func<T, TOk> ok) where TOk : IResult =>
        result.IsSuccess ? ok(result.Value!) : result.Error!.ToProblem();

    public static async Task<Results<TOk, ProblemHttpResult>> Answer<T, TOk>(this Task<Result<T>> result, Func<T, TOk> ok) where TOk : IResult =>
        (await result).Answer(ok);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
