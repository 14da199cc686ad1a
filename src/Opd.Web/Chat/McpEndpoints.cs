using Opd.Core.Chat;
using Opd.Web.Infrastructure;

namespace Opd.Web.Chat;

/// <summary>
/// The assistant tools over MCP's Streamable HTTP at /mcp, the same as `opd mcp` over stdio. Each
/// request is served on its own (stateless), with the tools of its caller: a staff API key
/// ("Authorization: Bearer") gets the staff tools too, anyone else the patient tools only.
/// </summary>
public static class McpEndpoints
{
    public static IServiceCollection AddOpdMcp(this IServiceCollection services)
    {
        services.AddMcpServer().WithHttpTransport(o =>
        {
            o.Stateless = true;
            o.ConfigureSessionOptions = (context, server, _) =>
            {
                context.RequestServices.GetRequiredService<McpConfirmations>().Configure(server, context.User.ToActor());
                return Task.CompletedTask;
            };
        });
        return services;
    }

    public static void MapMcpEndpoints(this IEndpointRouteBuilder app) =>
        app.MapMcp("/mcp").WithTags("MCP").RequireRateLimiting(RateLimits.Mcp)
            // A key that was sent but not accepted is a 401 with the reason, not a quiet fall back to the patient tools.
            .RequireAuthorization(p => p.RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true || c.Resource is not HttpContext http || !http.Request.Headers.ContainsKey("Authorization")));
}
