using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>
/// The domain values a body reads from text (see <see cref="WireConverters"/>) are described as the
/// text clients send, not as the objects they become.
/// </summary>
public static class WireSchemas
{
    private static readonly Dictionary<Type, (string? Format, string Description)> Texts = new()
    {
        [typeof(ClinicDateTime)] = ("date-time", "An ISO 8601 date-time; without an offset it means clinic time."),
        [typeof(PersonName)] = (null, $"A name of {PersonName.MinLength} to {PersonName.MaxLength} characters, in any script."),
        [typeof(IndianMobile)] = (null, $"A mobile number: {IndianMobile.Rule}."),
    };

    public static OpenApiOptions AddWireSchemas(this OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        // Body fields are nullable (left out means not given); their schema is the one the reference points at.
        var type = context.JsonTypeInfo.Type;
        if (Texts.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var text))
        {
            schema.OneOf = null;
            schema.Type = JsonSchemaType.String;
            schema.Format = text.Format;
            schema.Description = text.Description;
            schema.Properties?.Clear();
        }
        return Task.CompletedTask;
    });
}
