using System.Text.Json;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>
/// Every string and property name of a JSON body held to <see cref="ControlText"/>: a field is named
/// by its path (roles[1], a nested record's notes) and may span lines if its own name says so.
/// </summary>
public static class JsonText
{
    /// <summary>Enough to say what is wrong; a body full of bad strings does not need a thousand lines.</summary>
    public const int MaxFields = 20;

    public static void Check(JsonElement root, Action<string, string> add) => Walk(root, "", null, add);

    /// <summary>Why a field name cannot be one, reported under the part of the request it is in; null when it is fine.</summary>
    public static string? NameProblem(string where, string name)
    {
        if (ControlText.Problem("name", name, multiLine: false) is null)
            return null;
        var part = where switch { "query" => "the query string", "form" => "the form", "body" => "the body", _ => where };
        return $"A field name in {part} contains a line break or an invisible or broken character; field names are plain words such as patient_name.";
    }

    private static void Walk(JsonElement element, string path, string? name, Action<string, string> add)
    {
        var field = path.Length == 0 ? "body" : path;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string key;
                    try
                    {
                        key = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        add(field, ControlText.Broken("A field name"));
                        continue;
                    }
                    if (NameProblem(field, key) is { } problem)
                        add(field, problem);
                    else
                        Walk(property.Value, path.Length == 0 ? key : $"{path}.{key}", key, add);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, $"{field}[{index++}]", name, add);
                break;
            case JsonValueKind.String:
                string? text;
                try
                {
                    text = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    add(field, ControlText.Broken(field));
                    break;
                }
                if (ControlText.Problem(field, text, name is not null && ControlText.IsMultiLine(name)) is { } bad)
                    add(field, bad);
                break;
        }
    }
}
