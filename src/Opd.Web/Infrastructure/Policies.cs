using Opd.Core.Staff;

namespace Opd.Web.Infrastructure;

public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>The staff pages sign in with a cookie; the API only ever with a key, so no page can be tricked into calling it.</summary>
    public const string StaffCookie = "StaffCookie";
    public const string StaffPage = "staff-page";
    public const string AdminPage = "admin-page";

    private static readonly string[] AnyRole = Enum.GetValues<StaffRole>().Select(r => r.ToString().ToLowerInvariant()).ToArray();

    public static void AddOpdPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireRole(AnyRole))
        .AddPolicy(Admin, p => p.RequireRole("admin"))
        .AddPolicy(StaffPage, p => p.AddAuthenticationSchemes(StaffCookie).RequireRole(AnyRole))
        .AddPolicy(AdminPage, p => p.AddAuthenticationSchemes(StaffCookie).RequireRole("admin"));
}
