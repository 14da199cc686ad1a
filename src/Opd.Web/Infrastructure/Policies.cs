using Opd.Core.Staff;

namespace Opd.Web.Infrastructure;

public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    public static void AddOpdPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireRole(Enum.GetValues<StaffRole>().Select(r => r.ToString().ToLowerInvariant())))
        .AddPolicy(Admin, p => p.RequireRole("admin"));
}
