using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Opd.Web.Infrastructure;

/// <summary>Anything unexpected is logged in full and answered without internals; a bad request the framework caught stays a 400.</summary>
public sealed class UnexpectedErrorHandler(IProblemDetailsService problems, ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", "The request could not be read: " + bad.Message),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Cancelled", "The request was cancelled."),
            _ when DatabaseUnreachable(exception) => (StatusCodes.Status503ServiceUnavailable, "Database unavailable",
                "The database is not answering right now. Nothing was saved; please try again in a minute."),
            _ => (StatusCodes.Status500InternalServerError, "Server error",
                "Something went wrong on our side. The error was logged; please try again."),
        };
        if (status >= 500)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The database is down or shutting down, as opposed to having refused a statement.</summary>
    private static bool DatabaseUnreachable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.NpgsqlException { IsTransient: true })
                return true;
        return false;
    }
}
