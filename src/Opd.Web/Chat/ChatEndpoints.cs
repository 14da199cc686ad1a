using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Chat;
using Opd.Web.Infrastructure;

namespace Opd.Web.Chat;

/// <summary>The chat assistant (POST /chat), with the earlier system's request and answer.</summary>
public static class ChatEndpoints
{
    public sealed record ChatBody(string Message, string? ThreadId);

    public sealed record ChatAnswer(string Response, string ThreadId, string Status);

    public static void MapChatEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/chat", Chat).WithTags("Chat").Accepts<ChatBody>("application/json")
            .WithDescription("""
                {"message", "thread_id"} → {"response", "thread_id", "status": "success"}. Without thread_id a new conversation starts and its id
                comes back; each thread keeps its own conversation for Chat:ThreadMinutes after the last message. Books only after the patient
                says yes to a summary; offers only times that are free. Replies are plain text in the patient's language (English, Hindi, Odia).
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public static async Task<Results<Ok<ChatAnswer>, ProblemHttpResult>> Chat(HttpContext context, HandleChat chat, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        var (message, thread) = (body.String("message"), body.String("thread_id"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await chat.Handle(message, thread, actor, ct);
        return result.IsSuccess ? TypedResults.Ok(new ChatAnswer(result.Value!.Response, result.Value.ThreadId, "success")) : result.Error!.ToProblem();
    }
}
