using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Queue;

/// <summary>Optional body of a line action: which token (default: the one in the room) and, for a skip, by how many places.</summary>
public sealed record ActionBody(Guid? TokenId = null, int? After = null) : IRequestBody<ActionBody>
{
    public static JsonTypeInfo<ActionBody> JsonInfo => BodyJson.Default.ActionBody;

    // Most actions are sent without a body; one that is sent must still be a good one.
    public static bool IsOptional => true;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services) => ValueTask.CompletedTask;
}

/// <summary>Where a waiting patient goes: another doctor (doctor_id) or a department, with a note kept in the history.</summary>
public sealed record TransferBody(int? DoctorId, string? Department, string? Note = null) : IRequestBody<TransferBody>
{
    public static JsonTypeInfo<TransferBody> JsonInfo => BodyJson.Default.TransferBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services) => ValueTask.CompletedTask;
}

/// <summary>The earlier system's "now serving": the token decides the line; department and doctor_name, when given, must agree with it.</summary>
public sealed record SetCurrentBody(Guid? TokenId, string? Department = null, string? DoctorName = null) : IRequestBody<SetCurrentBody>
{
    public static JsonTypeInfo<SetCurrentBody> JsonInfo => BodyJson.Default.SetCurrentBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        if (!errors.Has("token_id"))
            errors.Require("token_id", TokenId is not null, "Give the token_id of the token to serve now.");
        return ValueTask.CompletedTask;
    }
}
