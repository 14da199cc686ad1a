using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.RateLimiting;
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
            .AddCookie(Policies.StaffCookie, StaffCookie.Configure);
        services.AddAuthorizationBuilder().AddOpdPolicies();
        services.AddOpdRateLimits();
        services.AddOpenApi(o => o.AddStaffApiKey().AddWireSchemas());
        // Odia and Hindi text stays as it is in the HTML instead of turning into &#x...; entities (a third of the size).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Policies.StaffPage);
            o.Conventions.AuthorizeFolder("/Staff/Admin", Policies.AdminPage);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
            o.Conventions.AddPageApplicationModelConvention("/Book", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Booking)));
            o.Conventions.AddPageApplicationModelConvention("/Find", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Find)));
            o.Conventions.AddPageApplicationModelConvention("/Staff/Login", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
        });
        services.AddHostedService<DatabaseStartup>();
        services.AddOptions<Queue.HubLimits>().BindConfiguration(Queue.HubLimits.Section);
        services.AddSingleton<Queue.HubConnections>();
        services.AddSingleton<PhoneCodes.BookingPhoneCheck>();
        services.AddSignalR(o => o.AddFilter<ControlTextHubFilter>()).AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        // The one registration of the web host: every committed line change goes to the hub's watchers.
        services.AddSingleton<Queue.HubQueueEvents>();
        services.AddSingleton<Opd.Core.Queue.IQueueEvents, Messages.TurnNearEvents>();
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
        // After authentication, so staff are known and never limited.
        app.UseRateLimiter();
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
