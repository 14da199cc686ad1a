using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Opd.Web.Infrastructure;

/// <summary>
/// How often one anonymous client may book, look up, chat, call MCP tools or try to sign in. Per address the limits
/// are generous, because many patients share one carrier-NAT address; per phone they are strict
/// (<see cref="PhoneLimits"/>). Staff are never limited: the desk books all morning.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int WindowMinutes { get; set; } = 10;
    public int BookingsPerAddress { get; set; } = 100;
    public int FindsPerAddress { get; set; } = 60;
    public int ChatsPerAddress { get; set; } = 300;
    public int SignInsPerAddress { get; set; } = 30;
    public int McpCallsPerAddress { get; set; } = 300;

    /// <summary>Codes asked for and codes tried from one address; per number the database holds codes to a stricter pace (PhoneCodes).</summary>
    public int CodesPerAddress { get; set; } = 60;

    public int CodeChecksPerAddress { get; set; } = 120;

    /// <summary>Bookings one mobile number may ask for in an hour.</summary>
    public int BookingsPerPhonePerHour { get; set; } = 5;
}

public static class RateLimits
{
    public const string Booking = "booking";
    public const string Find = "find";
    public const string Chat = "chat";
    public const string SignIn = "sign-in";
    public const string CodeSend = "code-send";
    public const string CodeVerify = "code-verify";
    public const string Mcp = "mcp";

    public static IServiceCollection AddOpdRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddSingleton<PhoneLimits>();
        services.AddRateLimiter(o =>
        {
            o.OnRejected = (context, ct) => Reject(context.HttpContext, context.Lease, ct);
            o.AddPolicy(Booking, c => PerAddress(c, Booking, l => l.BookingsPerAddress));
            o.AddPolicy(Find, c => PerAddress(c, Find, l => l.FindsPerAddress));
            o.AddPolicy(Chat, c => PerAddress(c, Chat, l => l.ChatsPerAddress));
            o.AddPolicy(SignIn, c => PerAddress(c, SignIn, l => l.SignInsPerAddress));
            o.AddPolicy(CodeSend, c => PerAddress(c, CodeSend, l => l.CodesPerAddress));
            o.AddPolicy(CodeVerify, c => PerAddress(c, CodeVerify, l => l.CodeChecksPerAddress));
            o.AddPolicy(Mcp, c => PerAddress(c, Mcp, l => l.McpCallsPerAddress));
        });
        return services;
    }

    /// <summary>Only what changes something or looks something up counts: the booking steps are plain page views.</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy, Func<RateLimitOptions, int> limit)
    {
        if (HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.IsAuthenticated == true)
            return RateLimitPartition.GetNoLimiter("");
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{address}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options), Window = TimeSpan.FromMinutes(options.WindowMinutes), QueueLimit = 0,
        });
    }

    public static async ValueTask Reject(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests",
                Detail = $"Too many requests from here in a short time. Please try again in {seconds} seconds.",
            },
        });
    }
}
