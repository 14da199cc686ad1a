using System.Text.RegularExpressions;

namespace Opd.Core.Messages;

/// <summary>What a stored template must be before any message is sent with it.</summary>
public static partial class TemplateRules
{
    /// <summary>TRAI's direction of November 2025: a DLT template carries at most two variables (a link counts as one).</summary>
    public const int MaxVariables = 2;

    public const int MaxLength = 1000;

    /// <summary>Every problem of the template, or none.</summary>
    public static IReadOnlyList<string> Problems(MessageTemplate template)
    {
        var problems = new List<string>();
        var name = $"Template {template.Kind}/{template.Language}";
        if (!MessageKinds.Values.TryGetValue(template.Kind, out var offered))
            return [$"{name}: no message is of the kind '{template.Kind}' (known: {string.Join(", ", MessageKinds.Values.Keys)})."];
        if (!MessageKinds.Languages.Contains(template.Language))
            problems.Add($"{name}: the language must be one of {string.Join(", ", MessageKinds.Languages)}.");
        if (string.IsNullOrWhiteSpace(template.Text) || template.Text.Length > MaxLength)
            problems.Add($"{name}: the text must have 1–{MaxLength} characters.");
        var used = Placeholders(template.Text ?? "");
        if (template.Variables.Length > MaxVariables || used.Count > MaxVariables)
            problems.Add($"{name} has {Math.Max(template.Variables.Length, used.Count)} variables; a DLT template may have at most {MaxVariables} (TRAI, November 2025; the token link counts as one).");
        foreach (var unknown in used.Union(template.Variables).Except(offered))
            problems.Add($"{name}: {{{unknown}}} is not a value of this kind (it offers {string.Join(", ", offered.Select(v => $"{{{v}}}"))}).");
        if (!used.SequenceEqual(template.Variables))
            problems.Add($"{name}: the text uses {Listed(used)} but the template declares {Listed(template.Variables)}.");
        return problems;
    }

    /// <summary>The variables the text uses, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>The text as it is registered on the DLT platform, each variable as {#var#}.</summary>
    public static string DltText(string text) => Placeholder().Replace(text, "{#var#}");

    private static string Listed(IEnumerable<string> names) =>
        names.Any() ? string.Join(", ", names.Select(v => $"{{{v}}}")) : "no variables";

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
