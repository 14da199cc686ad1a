using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>Values of the domain travel as text on the wire; the document says so instead of showing their insides.</summary>
public static class OpenApiWireTypes
{
    public static OpenApiOptions DescribeWireTypes(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            var (example, description) = type == typeof(IndianMobile) ? ("9876543210", "An Indian mobile: " + IndianMobile.Rule + ".")
                : type == typeof(PersonName) ? ("Asha Behera", $"{PersonName.MinLength} to {PersonName.MaxLength} letters in any script.")
                : (null, null);
            if (example is null)
                return Task.CompletedTask;
            schema.Type = JsonSchemaType.String;
            schema.Properties?.Clear();
            schema.Required?.Clear();
            schema.Description = description;
            schema.Examples = [System.Text.Json.Nodes.JsonValue.Create(example)];
            return Task.CompletedTask;
        });
        return options;
    }
}
