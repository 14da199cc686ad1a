using System.Globalization;
using System.Text.Json;
using Opd.Core.Common;
using Opd.Core.Tokens;

namespace Opd.Core.Transfer;

/// <summary>One booking of the earlier system's JSON file, read leniently but never guessed.</summary>
internal static class LegacyRecord
{
    public const string Actor = "import";

    public static (Token? Token, string? Reason) Read(string key, JsonElement record, IReadOnlyCollection<string> departments, ClinicClock clock)
    {
        if (record.ValueKind != JsonValueKind.Object)
            return (null, "the record is not a JSON object");
        if (Unstorable(record) is { } problem)
            return (null, problem);
        string? Text(string name) => record.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) => record.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

        if (!Guid.TryParse(Text("token_id") ?? key, out var id))
            return (null, "the token id is not a UUID");
        var name = Text("patient_name")?.Trim();
        if (name is null || name.Length is < 1 or > 200)
            return (null, "the patient name is missing or longer than 200 characters");
        if (!IndianMobile.TryNormalize(Text("patient_phone"), out var phone))
            return (null, $"the phone '{Text("patient_phone")}' is not an Indian mobile number");
        var department = Text("department")?.Trim().ToLowerInvariant();
        if (department is null || !departments.Contains(department))
            return (null, $"the department '{Text("department")}' does not exist");
        if (!DateOnly.TryParseExact(Text("booking_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, "the booking date is not YYYY-MM-DD");
        if (!TimeOnly.TryParseExact(Text("booking_time"), ["HH:mm:ss", "HH:mm", "HH:mm:ss.FFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return (null, "the booking time is not HH:MM or HH:MM:SS");
        if (Number("token_number") is not (> 0 and var number))
            return (null, "the token number is missing");
        if (!TokenText.TryParseStatus(Text("status") ?? "pending", out var status))
            return (null, $"the status '{Text("status")}' is unknown");
        if (!TokenText.TryParsePriority(Text("priority") ?? "normal", out var priority))
            return (null, $"the priority '{Text("priority")}' is unknown");
        // Our own exports add these; the earlier system had neither.
        if (!TokenText.TryParsePriority(Text("requested_priority") ?? TokenText.Priority(priority), out var requested))
            return (null, $"the requested priority '{Text("requested_priority")}' is unknown");
        if (!TokenText.TryParseSource(Text("source") ?? "online", out var source))
            return (null, $"the source '{Text("source")}' is unknown");
        var created = Instant(Text("created_at"), clock) ?? clock.UtcNow;
        var updated = Instant(Text("updated_at"), clock) ?? created;

        var age = Number("patient_age");
        var spec = new NewToken(department, Clip(Text("doctor_name"), 100), null, name, phone, age is >= 0 and <= 150 ? age : null, date, time,
            priority, requested, source, Clip(Text("symptoms"), 1000), Clip(Text("notes"), 1000));
        return (Token.Imported(spec, id, number, status, Actor, created, updated), null);
    }

    /// <summary>
    /// Text held to the rule every request's text is held to: files larger than a request body, uploads
    /// on the admin page and the CLI all come here without passing the web host's check.
    /// </summary>
    private static string? Unstorable(JsonElement record)
    {
        foreach (var field in record.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String)
                continue;
            try
            {
                if (ControlText.Problem(field.Name, field.Value.GetString(), ControlText.IsMultiLine(field.Name)) is { } problem)
                    return problem;
            }
            catch (InvalidOperationException)
            {
                return ControlText.Broken(field.Name);
            }
        }
        return null;
    }

    /// <summary>The earlier system wrote naive local times, which are clinic time; our own exports carry an offset.</summary>
    private static DateTimeOffset? Instant(string? text, ClinicClock clock) => clock.ParseInstant(text)?.ToUniversalTime();

    private static string? Clip(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, max)];
}
