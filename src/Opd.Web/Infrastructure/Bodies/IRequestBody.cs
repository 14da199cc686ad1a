using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>
/// A request body that reads and checks itself: the source-generated serializer reads it (a field
/// of the wrong type is named, together with every other bad field), <see cref="Validate"/> adds
/// what types alone cannot say, and the endpoint only runs for a body with no problem. The same
/// record is what the OpenAPI document describes, so the document and the parser cannot drift.
/// </summary>
public interface IRequestBody<TSelf> : IBindableFromHttpContext<TSelf>, IEndpointParameterMetadataProvider
    where TSelf : class, IRequestBody<TSelf>
{
    static abstract JsonTypeInfo<TSelf> JsonInfo { get; }

    /// <summary>A body that may be left out entirely (no content at all), which then reads as <c>{}</c>.</summary>
    static virtual bool IsOptional => false;

    /// <summary>Required fields, ranges and anything else the JSON types do not say; a field already refused is not judged again.</summary>
    ValueTask Validate(FieldErrors errors, IServiceProvider services);

    static ValueTask<TSelf?> IBindableFromHttpContext<TSelf>.BindAsync(HttpContext context, ParameterInfo parameter) =>
        RequestBodies.Read<TSelf>(context);

    static void IEndpointParameterMetadataProvider.PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(TSelf), TSelf.IsOptional));
        builder.Metadata.Add(TypedBody.Instance);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
    }
}

/// <summary>Marks an endpoint whose body is read by <see cref="RequestBodies"/>, which also checks its text.</summary>
public sealed class TypedBody
{
    public static readonly TypedBody Instance = new();
}
