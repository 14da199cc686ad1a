using Microsoft.AspNetCore.Http.HttpResults;

namespace Opd.Web.Health;

/// <summary>
/// What the server sees of the request that asks: the client's address and the scheme, after a
/// named proxy's forwarded headers. For staff setting up a proxy, who can check here that the
/// Proxy settings took (an address limit would otherwise count the proxy as one client).
/// </summary>
public static class RequestInfo
{
    public sealed record RequestInfoJson(string? ClientAddress, string Scheme, bool IsHttps, string Host);

    public static Ok<RequestInfoJson> Show(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; the operator wrote a.b.c.d.
        var shown = address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
        return TypedResults.Ok(new RequestInfoJson(shown?.ToString(), context.Request.Scheme, context.Request.IsHttps, context.Request.Host.Value ?? ""));
    }
}
