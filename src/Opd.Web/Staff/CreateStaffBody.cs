using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Staff;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Staff;

/// <summary>A new staff user: login name, the name colleagues see, and roles (admin, reception, doctor).</summary>
public sealed record CreateStaffBody(string? Username, string? DisplayName, IReadOnlyList<StaffRole>? Roles) : IRequestBody<CreateStaffBody>
{
    public static JsonTypeInfo<CreateStaffBody> JsonInfo => BodyJson.Default.CreateStaffBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => ManageStaff.Check(Username, Roles, e));
        return ValueTask.CompletedTask;
    }
}
