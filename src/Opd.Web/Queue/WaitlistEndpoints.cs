using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Waitlist;
using Opd.Web.Infrastructure;

namespace Opd.Web.Queue;

/// <summary>A doctor's waitlist, in the order places will be offered (staff only: it shows names and phones).</summary>
public static class WaitlistEndpoints
{
    public sealed record WaitlistJson(long Id, int DoctorId, string PatientName, string PatientPhone, string Source, string Status,
        DateTimeOffset CreatedAt, int Position, string? TokenId)
    {
        public static WaitlistJson From(WaitlistEntry w, int position) => new(w.Id, w.DoctorId, w.PatientName, w.PatientPhone,
            SlotStatus.Source(w.Source), w.Status.ToString().ToUpperInvariant(), w.CreatedAt, position, w.TokenId?.ToString());
    }

    public static void MapWaitlistEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1").WithTags("Doctor tokens and queue").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/doctors/{doctor_id:int}/waitlist", List);
        staff.MapDelete("/waitlist/{waitlist_id:long}", Cancel).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<List<WaitlistJson>>, ProblemHttpResult>> List(int doctor_id, ManageWaitlist waitlist, CancellationToken ct)
    {
        var result = await waitlist.Waiting(doctor_id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select((w, i) => WaitlistJson.From(w, i + 1)).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<WaitlistJson>, ProblemHttpResult>> Cancel(long waitlist_id, ManageWaitlist waitlist, CancellationToken ct)
    {
        var result = await waitlist.Cancel(waitlist_id, ct);
        return result.IsSuccess ? TypedResults.Ok(WaitlistJson.From(result.Value!, 0)) : result.Error!.ToProblem();
    }
}
