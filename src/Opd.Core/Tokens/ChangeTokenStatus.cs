using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Messages;
using Opd.Core.Queue;

namespace Opd.Core.Tokens;

/// <summary>Move a token along its lifecycle. Patients may only cancel; everything else is staff work.</summary>
public static class ChangeTokenStatus
{
    public sealed record Command(TokenRef Token, TokenStatus Status, string? Notes = null);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, IQueueEvents events, Outbox outbox)
    {
        public async Task<Result<Token>> Handle(Command command, Actor actor, CancellationToken ct)
        {
            var result = await Apply(command, actor, ct);
            if (result.IsSuccess)
                await events.LinesChanged([LineKey.Of(result.Value!)], clock.Today, ct);
            return result;
        }

        /// <summary>The change, committed, without telling the screens: for a caller that changes many tokens and tells each line once.</summary>
        internal async Task<Result<Token>> Apply(Command command, Actor actor, CancellationToken ct)
        {
            var errors = new FieldErrors();
            BookingRules.CheckLength(errors, "notes", command.Notes, BookingRules.MaxTextLength);
            if (errors.Any)
                return errors.ToError();
            var to = command.Status;
            if (!actor.IsStaff && to != TokenStatus.Cancelled)
                return new UnauthorizedError("Only staff can change a token's status. Sign in with a staff key.");

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The row lock makes two desks changing one token at once take turns, so the second
            // sees the first one's status and the lifecycle check cannot be bypassed.
            var token = await (command.Token.AppointmentId is { } appointment
                    ? db.Tokens.FromSql($"SELECT * FROM tokens WHERE appointment_id = {appointment} FOR UPDATE")
                    : db.Tokens.FromSql($"SELECT * FROM tokens WHERE id = {command.Token.Id} FOR UPDATE"))
                .SingleOrDefaultAsync(ct);
            if (token is null)
                return TokenNotFound(command.Token);

            var wasWaiting = TokenStatusRules.IsActive(token.Status);
            var now = clock.UtcNow;
            var typed = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim();
            // What a staff member writes here is their own remark; the patient's and the system's notes are the patient's to read.
            var changed = actor.IsStaffMember
                ? token.ChangeStatus(to, null, actor, now, staffNote: typed)
                : token.ChangeStatus(to, typed, actor, now);
            if (!changed.IsSuccess)
                return changed.Error!;
            await db.SaveChangesAsync(ct);
            if (wasWaiting && !TokenStatusRules.IsActive(to))
                await SlotLine.Leave(db, token, to, clock, outbox, ct);
            // A patient who cancelled knows it; one whose token the hospital cancelled must be told.
            var tell = to == TokenStatus.Cancelled && actor.IsStaff;
            if (tell)
                await outbox.WriteAbout(db, MessageKinds.CancelledByStaff, [token.Id], now, ct);
            await tx.CommitAsync(ct);
            if (tell)
                outbox.Wake();
            return token;
        }
    }

    public static NotFoundError TokenNotFound(object id) => new($"No token with id {id} was found.");
}
