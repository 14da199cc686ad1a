using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Messages;

/// <summary>A template's text as registered on the DLT platform (variables written {token}, {link}, {delay}, {code}; at most two), with its ids and sender header.</summary>
public sealed record TemplateBody(string? Text, string? DltTemplateId, string? EntityId, string? Sender) : IRequestBody<TemplateBody>
{
    public static JsonTypeInfo<TemplateBody> JsonInfo => BodyJson.Default.TemplateBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("text", !string.IsNullOrWhiteSpace(Text), "Give the template's text.");
        return ValueTask.CompletedTask;
    }
}
