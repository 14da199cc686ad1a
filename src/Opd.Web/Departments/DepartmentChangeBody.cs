using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Departments;

/// <summary>What to change about a department; fields left out stay as they are.</summary>
public sealed record DepartmentChangeBody(int? DailyCapacity = null, bool? IsActive = null, string? NameOr = null, string? NameHi = null)
    : IRequestBody<DepartmentChangeBody>
{
    public static JsonTypeInfo<DepartmentChangeBody> JsonInfo => BodyJson.Default.DepartmentChangeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => UpdateDepartment.Check(ToCommand(""), e));
        return ValueTask.CompletedTask;
    }

    public UpdateDepartment.Command ToCommand(string code) => new(code, DailyCapacity, IsActive, NameOr, NameHi);
}
