using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// The actions at a doctor's door or a department's desk: call next, recall, skip, no-show,
/// serve, call a given token, and undo of the last of these. Each runs in one transaction that
/// holds the line's lock (so two clicks cannot call two patients) and the rows of its tokens,
/// is written down with the tokens' previous state, and is announced to the screens afterwards.
/// </summary>
public sealed class QueueDesk(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, IOptions<QueueOptions> options, IQueueEvents events,
    Messages.Outbox outbox)
{
    public const int MaxSkip = 50;

    private sealed record Work(OpdDbContext Db, QueueLine Line, DateTimeOffset Now, Actor Actor);

    /// <summary>The patient in the room is done (completed); the first waiting patient is called.</summary>
    public Task<Result<QueueLine>> CallNext(LineKey key, Actor actor, CancellationToken ct) => Act(key, actor, async w =>
    {
        var next = w.Line.Waiting.FirstOrDefault()?.Token;
        if (next is null && w.Line.Serving is null)
            return new ConflictError("No one is waiting in this line.");
        return await CallIn(w, next, "Seen; the next patient was called", ct);
    }, ct);

    /// <summary>Calls one given token (the earlier system's "set now serving"); whoever was in the room is done.</summary>
    public async Task<Result<QueueLine>> Call(Guid tokenId, Actor actor, CancellationToken ct)
    {
        var key = await KeyOf(tokenId, ct);
        if (key is null)
            return ChangeTokenStatus.TokenNotFound(tokenId);
        return await Act(key, actor, async w =>
        {
            if (w.Line.Serving?.Id == tokenId)
                return await Record(w, QueueActionKind.Recall, w.Line.Serving, [w.Line.Serving.Snapshot()],
                    t => t.Call($"Called again to {Place(w.Line)}", recall: true, w.Actor, w.Now), ct);
            var token = w.Line.Find(tokenId)?.Token;
            if (token is null)
                return new ConflictError("This token is not waiting today, so it cannot be called.");
            return await CallIn(w, token, "Seen; another patient was called", ct);
        }, ct);
    }

    /// <summary>Calls the patient in the room again; after too many calls they are marked missed instead.</summary>
    public Task<Result<QueueLine>> Recall(LineKey key, Actor actor, CancellationToken ct) => Act(key, actor, async w =>
    {
        if (w.Line.Serving is not { } called)
            return new ConflictError("No one has been called, so there is no one to call again.");
        if (called.Recalls >= options.Value.MaxRecalls)
            return await Finish(w, called, TokenStatus.NoShow, QueueActionKind.NoShow,
                $"Did not come after {called.Recalls + 1} calls", ct);
        return await Record(w, QueueActionKind.Recall, called, [called.Snapshot()],
            t => t.Call($"Called again ({t.Recalls + 1}) to {Place(w.Line)}", recall: true, w.Actor, w.Now), ct);
    }, ct);

    /// <summary>
    /// Sends a patient (the called one unless another is named) back behind <paramref name="after"/>
    /// others. A skip never moves anyone behind a less urgent class or into a later session: there
    /// the patient goes to the end of their own class instead.
    /// </summary>
    public Task<Result<QueueLine>> Skip(LineKey key, Guid? tokenId, int? after, Actor actor, CancellationToken ct)
    {
        var places = after ?? options.Value.DefaultSkip;
        if (places is < 1 or > MaxSkip)
            return Task.FromResult<Result<QueueLine>>(ValidationError.For("after", $"Skip by 1 to {MaxSkip} places."));
        return Act(key, actor, async w =>
        {
            var target = Target(w.Line, tokenId);
            if (!target.IsSuccess)
                return target.Error!;
            var token = target.Value!;
            var others = w.Line.Waiting.Select(p => p.Token).Where(t => t.Id != token.Id).ToList();
            var queuedAt = SkipTime(w.Line, token, others, places);
            return await Record(w, QueueActionKind.Skip, token, [token.Snapshot()],
                t => t.Requeue(queuedAt, $"Skipped: back in the queue behind {Math.Min(places, others.Count)} others", w.Actor, w.Now), ct);
        }, ct);
    }

    public Task<Result<QueueLine>> NoShow(LineKey key, Guid? tokenId, Actor actor, CancellationToken ct) => Act(key, actor, async w =>
    {
        var target = Target(w.Line, tokenId);
        return target.IsSuccess ? await Finish(w, target.Value!, TokenStatus.NoShow, QueueActionKind.NoShow, "Did not come when called", ct) : target.Error!;
    }, ct);

    public Task<Result<QueueLine>> Serve(LineKey key, Guid? tokenId, Actor actor, CancellationToken ct) => Act(key, actor, async w =>
    {
        var target = Target(w.Line, tokenId);
        return target.IsSuccess ? await Finish(w, target.Value!, TokenStatus.Completed, QueueActionKind.Serve, "Seen", ct) : target.Error!;
    }, ct);

    /// <summary>
    /// Takes back the line's last action of today, restoring every token it changed. One step only:
    /// an undone action cannot be undone again, nor the one before it.
    /// </summary>
    public Task<Result<QueueLine>> Undo(LineKey key, Actor actor, CancellationToken ct) => Act(key, actor, async w =>
    {
        var since = clock.StartOf(key.Date);
        var last = await w.Db.QueueActions.Where(a => a.Line == key.Id && a.At >= since).OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (last is null || last.UndoneAt is not null)
            return new ConflictError("There is no action left to undo in this line today.");
        if (last.Kind == QueueActionKind.Transfer)
            return new ConflictError("A transfer cannot be undone here; transfer the patient back instead.");
        foreach (var before in Enumerable.Reverse(last.Before))
        {
            var token = await w.Db.Tokens.FromSql($"SELECT * FROM tokens WHERE id = {before.TokenId} FOR UPDATE").SingleAsync(ct);
            // Changed since by something else (a cancellation at the desk, say): restoring would undo that too.
            if (token.UpdatedAt > last.At)
                return new ConflictError($"Token {token.TokenNumber} has changed since that action, so it cannot be undone.");
            var from = token.Status;
            if (TokenStatusRules.IsActive(before.Status) && !TokenStatusRules.IsActive(from)
                && !await SlotLine.Return(w.Db, token, from, ct))
                return new ConflictError($"Token {token.TokenNumber}'s place has been given to another patient, so this cannot be undone.");
            token.Restore(before, $"Undone: {last.Kind}", w.Actor, w.Now);
        }
        last.UndoneAt = w.Now;
        await w.Db.SaveChangesAsync(ct);
        return w.Line;
    }, ct);

    /// <summary>Completes whoever is in the room, then calls <paramref name="next"/> (if anyone).</summary>
    private async Task<Result<QueueLine>> CallIn(Work w, Token? next, string doneNote, CancellationToken ct)
    {
        var before = new List<QueueSnapshot>();
        if (w.Line.Serving is { } current)
        {
            before.Add(current.Snapshot());
            current.ChangeStatus(TokenStatus.Completed, doneNote, w.Actor, w.Now);
            await w.Db.SaveChangesAsync(ct);
            await SlotLine.Leave(w.Db, current, TokenStatus.Completed, clock, outbox, ct);
        }
        if (next is null)
            return await Record(w, QueueActionKind.Serve, w.Line.Serving!, before, _ => { }, ct);
        before.Add(next.Snapshot());
        return await Record(w, QueueActionKind.Call, next, before, t => t.Call($"Called to {Place(w.Line)}", recall: false, w.Actor, w.Now), ct);
    }

    private async Task<Result<QueueLine>> Finish(Work w, Token token, TokenStatus to, QueueActionKind kind, string note, CancellationToken ct)
    {
        var before = token.Snapshot();
        var changed = token.ChangeStatus(to, note, w.Actor, w.Now);
        if (!changed.IsSuccess)
            return changed.Error!;
        await w.Db.SaveChangesAsync(ct);
        await SlotLine.Leave(w.Db, token, to, clock, outbox, ct);
        return await Record(w, kind, token, [before], _ => { }, ct);
    }

    private static async Task<Result<QueueLine>> Record(Work w, QueueActionKind kind, Token token, List<QueueSnapshot> before, Action<Token> change,
        CancellationToken ct)
    {
        change(token);
        w.Db.QueueActions.Add(new QueueAction { Line = w.Line.Key.Id, Kind = kind, TokenId = token.Id, Before = before, Actor = w.Actor.Name, At = w.Now });
        await w.Db.SaveChangesAsync(ct);
        return w.Line;
    }

    private static Result<Token> Target(QueueLine line, Guid? tokenId)
    {
        if (tokenId is null)
            return line.Serving is { } called ? called : new ConflictError("No one has been called. Call the next patient first, or name a token.");
        if (line.Serving?.Id == tokenId)
            return line.Serving;
        return line.Find(tokenId.Value)?.Token is { } waiting ? waiting : new ConflictError("This token is not waiting in this line today.");
    }

    /// <summary>Just behind the N-th of the others, if that one is of the same class and session; else at the end of the patient's own.</summary>
    private static DateTimeOffset SkipTime(QueueLine line, Token token, IReadOnlyList<Token> others, int places)
    {
        var mine = QueueOrder.ClassOf(token.Source, token.Priority);
        bool SameGroup(Token t) => QueueOrder.ClassOf(t.Source, t.Priority) == mine && line.SessionOf(t) == line.SessionOf(token);
        var tick = TimeSpan.FromMicroseconds(1);
        if (others.Count >= 1 && others[Math.Min(places, others.Count) - 1] is var anchor && SameGroup(anchor))
            return anchor.QueueTime + tick;
        var last = others.Where(SameGroup).Select(t => t.QueueTime).DefaultIfEmpty(token.QueueTime).Max();
        return (last > token.QueueTime ? last : token.QueueTime) + tick;
    }

    /// <summary>Where the patient is asked to go: the doctor's room, else the department.</summary>
    public static string Place(QueueLine line) =>
        line.Doctor is { Room: { } room } ? $"room {room}" : line.Doctor is { } d ? d.Name : line.Key.Department;

    private async Task<LineKey?> KeyOf(Guid tokenId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        return token is null ? null : LineKey.Of(token);
    }

    private async Task<Result<QueueLine>> Act(LineKey key, Actor actor, Func<Work, Task<Result<QueueLine>>> work, CancellationToken ct)
    {
        if (!actor.IsStaff)
            return new UnauthorizedError("Only staff can work a queue. Sign in with a staff key.");
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key.Id}))", ct);
            var line = await QueueLine.Load(db, key, clock, options.Value, tracked: true, ct);
            var result = await work(new Work(db, line, clock.UtcNow, actor));
            if (!result.IsSuccess)
                return result.Error!;
            await tx.CommitAsync(ct);
        }
        await using var read = await dbFactory.CreateDbContextAsync(ct);
        var changed = await QueueLine.Load(read, key, clock, options.Value, tracked: false, ct);
        await events.LineChanged(changed, ct);
        return changed;
    }
}
