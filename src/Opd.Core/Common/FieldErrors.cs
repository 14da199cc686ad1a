namespace Opd.Core.Common;

/// <summary>Collects every bad field of a request so that one answer can list them all.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _settled = new(StringComparer.Ordinal);

    public FieldErrors(FieldErrors? earlier = null)
    {
        if (earlier is null)
            return;
        foreach (var (field, messages) in earlier._errors)
        {
            _errors[field] = [.. messages];
            _settled.Add(field);
        }
    }

    public bool Any => _errors.Count > 0;

    /// <summary>How many fields have a problem.</summary>
    public int Count => _errors.Count;

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds a message, unless the field already failed earlier (one clear reason per field is enough).</summary>
    public void Add(string field, string message)
    {
        if (_settled.Contains(field))
            return;
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>Adds the message when a required field was not given.</summary>
    public void Require(string field, bool given, string message)
    {
        if (!given && !Has(field))
            Add(field, message);
    }

    public ValidationError ToError() =>
        new(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
