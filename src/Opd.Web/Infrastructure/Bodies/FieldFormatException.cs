using System.Text.Json;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>A field's text is not a value of its kind; <see cref="Rule"/> says what it must be, with {0} for the field.</summary>
public sealed class FieldFormatException(string rule) : JsonException(rule)
{
    public string Rule { get; } = rule;
}
