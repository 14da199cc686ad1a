using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Chat;
using Opd.Web.Infrastructure;

namespace Opd.Web.Chat;

/// <summary>The chat assistant (POST /chat), with the earlier system's request and answer.</summary>
public static class ChatEndpoints
{
    public sealed record ChatAnswer(string Response, string ThreadId, string Status);

    public static void MapChatEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/chat", Chat).WithTags("Chat").RequireRateLimiting(RateLimits.Chat)
            .WithDescription("""
                {"message", "thread_id"} → {"response", "thread_id", "status": "success"}. Without thread_id a new conversation starts and its id
                comes back; each thread keeps its own conversation for Chat:ThreadMinutes after the last message. Books only after the patient
                says yes to a summary; offers only times that are free. Replies are plain text in the patient's language (English, Hindi, Odia).
                Two messages to one thread answered at the same moment: the later one is a 409, to be sent again.
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static Task<Results<Ok<ChatAnswer>, ProblemHttpResult>> Chat(ChatBody body, ClaimsPrincipal user, HandleChat chat, CancellationToken ct) =>
        chat.Handle(body.Message, body.ThreadId, user.ToActor(), ct).Answer(a => TypedResults.Ok(new ChatAnswer(a.Response, a.ThreadId, "success")));
}
