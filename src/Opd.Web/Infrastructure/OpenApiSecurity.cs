using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Opd.Web.Infrastructure;

/// <summary>Describes the staff API key in the OpenAPI document, so the docs page can send it.</summary>
public static class OpenApiSecurity
{
    private const string SchemeId = "StaffApiKey";

    public static OpenApiOptions AddStaffApiKey(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OPD Token Engine";
            document.Info.Description =
                "Outpatient tokens for public hospitals. Staff routes need the header `Authorization: Bearer API_KEY`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A staff API key (see 'opd staff add').",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [],
                });
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
