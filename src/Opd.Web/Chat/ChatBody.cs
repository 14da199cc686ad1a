using System.Text.Json.Serialization.Metadata;
using Opd.Core.Chat;
using Opd.Core.Common;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Chat;

/// <summary>A patient's message; without thread_id a new conversation starts.</summary>
public sealed record ChatBody(string? Message, string? ThreadId = null) : IRequestBody<ChatBody>
{
    public static JsonTypeInfo<ChatBody> JsonInfo => BodyJson.Default.ChatBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => HandleChat.Check(Message, ThreadId, e));
        return ValueTask.CompletedTask;
    }
}
