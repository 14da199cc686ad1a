namespace Opd.Web.Infrastructure;

/// <summary>
/// What every answer tells the browser, pages, API, static files and error pages alike. The pages
/// carry no inline script, handler or style, so the policy needs no 'unsafe-inline': a tag or an
/// attribute smuggled into a page through a patient's name cannot run.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from this site only. <c>connect-src 'self'</c> also allows ws: and wss: to this host
    /// (CSP Level 3), which the hub's WebSocket uses. No site may frame the pages (a cancel button under
    /// someone else's overlay), and forms post only here.
    /// </summary>
    public const string Policy =
        "default-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API docs (Swagger UI, at /docs) add style elements from their script and draw icons as data:
    /// images. Styles and images cannot run code, and the docs show no patient's data; scripts stay as strict.
    /// </summary>
    public const string DocsPolicy = Policy + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

    /// <summary>A year, the usual value for a site that stays on HTTPS; not its subdomains, which a hospital may still serve over HTTP.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        // Set as the answer starts rather than now, so that an error page (the exception handler clears
        // the headers before writing it) and a static file carry them too.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/docs") ? DocsPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            // A token's link is what opens its page and cancels it: it must not travel to another site as a Referer.
            headers["Referrer-Policy"] = "no-referrer";
            // For browsers older than frame-ancestors (old phones' web views).
            headers.XFrameOptions = "DENY";
            // Only over HTTPS (directly or as a configured proxy says, see ProxySetup): a browser
            // ignores it over HTTP, and the demo on 127.0.0.1 stays reachable over plain HTTP.
            if (http.Request.IsHttps)
                headers.StrictTransportSecurity = StrictTransportSecurity;
            return Task.CompletedTask;
        }, context);
        return next();
    }
}
