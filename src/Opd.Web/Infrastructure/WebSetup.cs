using System.Text.Json;
using System.Text.Json.Serialization;

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
        services.AddProblemDetails();
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddOpdPolicies();
        services.AddOpenApi(o => o.AddStaffApiKey());
        services.AddHostedService<DatabaseStartup>();
        services.AddSignalR().AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddSingleton<Opd.Core.Queue.IQueueEvents, Queue.HubQueueEvents>();
        return services;
    }

    public static WebApplication UseOpdWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "OPD Token Engine");
            o.RoutePrefix = "docs";
        });
        return app;
    }
}
