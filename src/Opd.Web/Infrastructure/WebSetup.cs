using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddOpdWeb(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // Routing answers 415 by itself for a typed body sent as another type (its endpoint declares
            // application/json); the caller hears what to send, in the words RequestBodies uses.
            if (c.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                c.ProblemDetails.Detail ??= RequestBodies.NotJsonDetail(c.HttpContext.Request.ContentType);
        });
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        services.AddOpdProxies();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(Policies.StaffCookie, o =>
            {
                o.LoginPath = "/staff/login";
                o.LogoutPath = "/staff/logout";
                o.AccessDeniedPath = "/staff/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Cookie.Name = "opd_staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
            });
        services.AddAuthorizationBuilder().AddOpdPolicies();
        services.AddOpenApi(o => o.AddStaffApiKey().DescribeWireTypes());
        // Odia and Hindi text stays as it is in the HTML instead of turning into &#x...; entities (a third of the size).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Policies.StaffPage);
            o.Conventions.AuthorizeFolder("/Staff/Admin", Policies.AdminPage);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
        });
        services.AddHostedService<DatabaseStartup>();
        services.AddSignalR(o => o.AddFilter<ControlTextHubFilter>()).AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        // The one registration of the web host: every committed line change goes to the hub's watchers.
        services.AddSingleton<Opd.Core.Queue.IQueueEvents, Queue.HubQueueEvents>();
        return services;
    }

    public static WebApplication UseOpdWeb(this WebApplication app)
    {
        // First: everything after it sees the client's address and scheme as a named proxy reported them.
        app.UseForwardedHeaders();
        // So that every answer, error pages included, carries the browser protections.
        app.Use(SecurityHeaders.Add);
        // Every cookie (staff sign-in, antiforgery, language) is Secure when the request came over HTTPS,
        // and stays usable over plain HTTP on 127.0.0.1, the embedded demo.
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.Use(Languages.Select);
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization, so a caller without a key hears 401 first; before every endpoint and page.
        app.Use(ControlTextGuard.Check);
        app.MapOpenApi();
        app.MapRazorPages();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "OPD Token Engine");
            o.RoutePrefix = "docs";
        });
        return app;
    }
}
