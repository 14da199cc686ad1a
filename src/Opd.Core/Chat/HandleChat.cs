using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Chat;

/// <summary>
/// One message of POST /chat: its thread (new, or the caller's own, forgotten after inactivity) is
/// read, answered with no connection or lock held, and saved only if no other message to the same
/// thread was saved meanwhile (the row's version). A model can take seconds; holding a connection or
/// a row lock for that long would let a few hundred slow chats take the whole pool, and /health with it.
/// </summary>
public sealed partial class HandleChat(IDbContextFactory<OpdDbContext> dbFactory, Conversation conversation, ModelConversation model, PendingChat pending,
    ClinicClock clock, IOptions<ChatOptions> options)
{
    public const int MaxMessageLength = 2000;

    public sealed record Answer(string Response, string ThreadId);

    private static readonly ConflictError Race = new(
        "Another message to this conversation was answered at the same moment, so this one was not. Please send it again.");

    private DateTimeOffset _lastSweep;

    /// <summary>The rules of a message, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(string? message, string? threadId, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(message))
            errors.Add("message", "Write a message, for example \"I want to book a token for tomorrow\".");
        else if (message.Length > MaxMessageLength)
            errors.Add("message", $"The message must be at most {MaxMessageLength} characters.");
        if (threadId is not null && !ThreadIdPattern().IsMatch(threadId))
            errors.Add("thread_id", "The thread_id must be 8–64 letters, digits, '-' or '_' (or leave it out to start a new conversation).");
    }

    public async Task<Result<Answer>> Handle(string? message, string? threadId, Actor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(message, threadId, errors);
        if (errors.Any)
            return errors.ToError();

        var text = message!.Trim();
        var now = clock.UtcNow;
        var id = threadId ?? Guid.NewGuid().ToString("N");
        var thread = await Read(id, now, ct);
        var state = JsonSerializer.Deserialize<ChatState>(thread.State) ?? new ChatState();
        var transcript = JsonNode.Parse(thread.Transcript)!.AsArray();

        string? reply = null;
        var yes = Understanding.Parse(text, clock.Today).Yes;
        if (state.Pending is { } action)
        {
            // Whatever this message is, the proposal is used up by it: a yes runs it, anything else drops it.
            state.Pending = null;
            if (yes == true)
            {
                // Claimed before it runs: of two messages racing to one thread, only the one whose save wins runs the action.
                if (!await Save(thread, state, transcript, now, ct))
                    return Race;
                // A number this thread proved with a code counts for the booking, as the offline engine's does.
                var caller = actor.IsStaff || actor.VerifiedPhone is not null || !(state.VerifiedUntil > now) ? actor : Actor.PatientWith(state.VerifiedPhone);
                reply = await pending.Run(action, state.Language, caller, ct);
                await Record(thread, state, text, reply, now, ct);
                return new Answer(reply, id);
            }
            if (yes == false)
                reply = PendingChat.Declined(action, state.Language);
        }
        // The offline engine books or cancels on a yes to its own summary: claimed the same way (the saved thread no longer
        // waits for a yes), so two racing yeses run it once.
        var claimed = reply is null && yes == true && state.Asked is ("confirm" or "cancel_confirm");
        if (claimed && !await Save(thread, NoLongerAsking(state), transcript, now, ct))
            return Race;
        // With a model configured it answers first; when it fails or is slow, the offline engine does.
        reply ??= (model.Enabled ? await model.Reply(History(transcript), text, state, actor, ct) : null)
                  ?? await conversation.Reply(state, text, actor, ct);

        if (claimed)
        {
            await Record(thread, state, text, reply, now, ct);
            return new Answer(reply, id);
        }
        Append(transcript, text, reply, now);
        return await Save(thread, state, transcript, now, ct) ? new Answer(reply, id) : Race;
    }

    /// <summary>The thread as it stands, or a new one; a forgotten one starts afresh under the same id.</summary>
    private async Task<ChatThread> Read(string id, DateTimeOffset now, CancellationToken ct)
    {
        var expiry = now - TimeSpan.FromMinutes(options.Value.ThreadMinutes);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await Sweep(db, expiry, now, ct);
        var thread = await db.ChatThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (thread is not null && thread.UpdatedAt < expiry)
            (thread.State, thread.Transcript) = ("{}", "[]");
        return thread ?? new ChatThread { Id = id, CreatedAt = now, UpdatedAt = DateTimeOffset.MinValue, State = "{}", Transcript = "[]" };
    }

    /// <summary>Saves the thread if nobody saved it since it was read; the thread then holds the new version.</summary>
    private async Task<bool> Save(ChatThread thread, ChatState state, JsonArray transcript, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isNew = thread.UpdatedAt == DateTimeOffset.MinValue;
        (thread.State, thread.Transcript, thread.UpdatedAt) = (JsonSerializer.Serialize(state), transcript.ToJsonString(), now);
        if (isNew)
            db.ChatThreads.Add(thread);
        else
            db.ChatThreads.Update(thread);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return false;
        }
    }

    /// <summary>
    /// Adds a turn whose action already ran: it is recorded however many other messages arrive meanwhile (their
    /// state then stands, with this turn added to the transcript).
    /// </summary>
    private async Task Record(ChatThread thread, ChatState state, string text, string reply, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var transcript = JsonNode.Parse(thread.Transcript)!.AsArray();
            Append(transcript, text, reply, now);
            if (await Save(thread, state, transcript, now, ct))
                return;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.ChatThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == thread.Id, ct) is not { } fresh)
                return;
            (thread, state) = (fresh, JsonSerializer.Deserialize<ChatState>(fresh.State) ?? new ChatState());
        }
    }

    private static ChatState NoLongerAsking(ChatState state)
    {
        var copy = JsonSerializer.Deserialize<ChatState>(JsonSerializer.Serialize(state))!;
        copy.Asked = null;
        return copy;
    }

    private void Append(JsonArray transcript, string text, string reply, DateTimeOffset now)
    {
        transcript.Add(new JsonObject { ["from"] = "patient", ["text"] = text, ["at"] = now });
        transcript.Add(new JsonObject { ["from"] = "assistant", ["text"] = reply, ["at"] = now });
        while (transcript.Count > options.Value.KeepTurns * 2)
            transcript.RemoveAt(0);
    }

    private static List<(string, string)> History(JsonArray transcript) =>
        transcript.Select(t => (t!["from"]!.GetValue<string>(), t["text"]!.GetValue<string>())).ToList();

    /// <summary>Deletes forgotten threads, at most once a minute.</summary>
    private async Task Sweep(OpdDbContext db, DateTimeOffset expiry, DateTimeOffset now, CancellationToken ct)
    {
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
            return;
        _lastSweep = now;
        await db.ChatThreads.Where(t => t.UpdatedAt < expiry).ExecuteDeleteAsync(ct);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex ThreadIdPattern();
}
