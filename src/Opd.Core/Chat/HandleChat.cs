using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Chat;

/// <summary>
/// One message of POST /chat: its thread (new, or the caller's own, forgotten after inactivity)
/// is locked, answered and saved in one transaction, so each browser has its own conversation
/// and two messages to one thread take turns.
/// </summary>
public sealed partial class HandleChat(IDbContextFactory<OpdDbContext> dbFactory, Conversation conversation, LlmConversation model, ClinicClock clock,
    IOptions<ChatOptions> options)
{
    public const int MaxMessageLength = 2000;

    public sealed record Answer(string Response, string ThreadId);

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

        var now = clock.UtcNow;
        var expiry = now - TimeSpan.FromMinutes(options.Value.ThreadMinutes);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await Sweep(db, expiry, now, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var id = threadId ?? Guid.NewGuid().ToString("N");
        var thread = await db.ChatThreads.FromSql($"SELECT * FROM chat_threads WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(ct);
        if (thread is not null && thread.UpdatedAt < expiry)
        {
            // Forgotten after inactivity: the same id starts afresh.
            thread.State = "{}";
            thread.Transcript = "[]";
        }
        if (thread is null)
        {
            thread = new ChatThread { Id = id, CreatedAt = now, UpdatedAt = now, State = "{}", Transcript = "[]" };
            db.ChatThreads.Add(thread);
        }
        var state = JsonSerializer.Deserialize<ChatState>(thread.State) ?? new ChatState();
        var transcript = JsonNode.Parse(thread.Transcript)!.AsArray();
        // With a model configured it answers first; when it fails or is slow, the offline engine does.
        var reply = (model.Enabled
                ? await model.Reply(transcript.Select(t => (t!["from"]!.GetValue<string>(), t["text"]!.GetValue<string>())).ToList(), message!.Trim(), actor, ct)
                : null)
            ?? await conversation.Reply(state, message!.Trim(), actor, ct);

        transcript.Add(new JsonObject { ["from"] = "patient", ["text"] = message!.Trim(), ["at"] = now });
        transcript.Add(new JsonObject { ["from"] = "assistant", ["text"] = reply, ["at"] = now });
        while (transcript.Count > options.Value.KeepTurns * 2)
            transcript.RemoveAt(0);
        (thread.State, thread.Transcript, thread.UpdatedAt) = (JsonSerializer.Serialize(state), transcript.ToJsonString(), now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Answer(reply, id);
    }

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
