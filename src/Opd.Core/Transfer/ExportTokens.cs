using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Transfer;

/// <summary>
/// Tokens for a date range as CSV (every column, UTF-8 for spreadsheets) or as JSON in the earlier
/// system's record format, which <see cref="ImportLegacyBookings"/> reads back. Rows are streamed
/// from the database to the output one at a time, so the size of the export does not matter.
/// </summary>
public sealed class ExportTokens(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    public sealed record Filter(DateOnly? From = null, DateOnly? To = null, string? Department = null);

    private static readonly string[] Columns =
    [
        "token_id", "token_number", "department", "doctor_name", "doctor_id", "slot_id", "appointment_id", "patient_name",
        "patient_phone", "patient_age", "booking_date", "booking_time", "status", "priority", "requested_priority", "source",
        "symptoms", "notes", "created_by", "created_at", "updated_at",
    ];

    public async Task<int> Csv(Stream output, Filter filter, Action<int>? progress, CancellationToken ct)
    {
        // The byte-order mark makes spreadsheet programs read Odia and Hindi names as UTF-8.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', Columns));
        var count = 0;
        await foreach (var t in Query(filter, ct))
        {
            string?[] cells =
            [
                t.Id.ToString(), $"{t.TokenNumber}", t.DepartmentCode, t.DoctorName, $"{t.DoctorId}", $"{t.SlotId}", $"{t.AppointmentId}",
                t.PatientName, t.PatientPhone, $"{t.PatientAge}", $"{t.BookingDate:yyyy-MM-dd}", $"{t.BookingTime:HH:mm:ss}",
                TokenText.Status(t.Status), TokenText.Priority(t.Priority), TokenText.Priority(t.RequestedPriority), TokenText.Source(t.Source),
                t.Symptoms, t.Notes, t.CreatedBy, $"{clock.InClinic(t.CreatedAt):O}", $"{clock.InClinic(t.UpdatedAt):O}",
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Cell)));
            if (++count % 100_000 == 0)
                progress?.Invoke(count);
        }
        return count;
    }

    /// <summary>An object keyed by token id, as token_bookings.json was.</summary>
    public async Task<int> Json(Stream output, Filter filter, Action<int>? progress, CancellationToken ct)
    {
        // Names stay readable (Odia, Hindi) instead of \uXXXX escapes; quotes and control characters are still escaped.
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        var count = 0;
        await foreach (var t in Query(filter, ct))
        {
            json.WriteStartObject(t.Id.ToString());
            json.WriteString("token_id", t.Id.ToString());
            json.WriteString("patient_name", t.PatientName);
            json.WriteString("patient_phone", t.PatientPhone);
            WriteNumber(json, "patient_age", t.PatientAge);
            json.WriteString("department", t.DepartmentCode);
            json.WriteString("doctor_name", t.DoctorName);
            json.WriteString("booking_date", t.BookingDate.ToString("yyyy-MM-dd"));
            json.WriteString("booking_time", t.BookingTime.ToString("HH:mm:ss"));
            json.WriteNumber("token_number", t.TokenNumber);
            json.WriteString("status", TokenText.Status(t.Status));
            json.WriteString("symptoms", t.Symptoms);
            json.WriteString("priority", TokenText.Priority(t.Priority));
            json.WriteString("created_at", clock.InClinic(t.CreatedAt));
            json.WriteString("updated_at", clock.InClinic(t.UpdatedAt));
            json.WriteString("notes", t.Notes);
            json.WriteString("requested_priority", TokenText.Priority(t.RequestedPriority));
            json.WriteString("source", TokenText.Source(t.Source));
            WriteNumber(json, "doctor_id", t.DoctorId);
            WriteNumber(json, "slot_id", t.SlotId);
            json.WriteEndObject();
            if (++count % 1000 == 0)
                await json.FlushAsync(ct);
            if (count % 100_000 == 0)
                progress?.Invoke(count);
        }
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return count;
    }

    private async IAsyncEnumerable<Token> Query(Filter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tokens = db.Tokens.AsNoTracking();
        if (filter.From is { } from)
            tokens = tokens.Where(t => t.BookingDate >= from);
        if (filter.To is { } to)
            tokens = tokens.Where(t => t.BookingDate <= to);
        if (!string.IsNullOrWhiteSpace(filter.Department))
            tokens = tokens.Where(t => t.DepartmentCode == filter.Department.Trim().ToLower());
        await foreach (var token in tokens.OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).ThenBy(t => t.AppointmentId).AsAsyncEnumerable().WithCancellation(ct))
            yield return token;
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n)
            json.WriteNumber(name, n);
        else
            json.WriteNull(name);
    }

    /// <summary>Quotes what needs quoting, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' && !int.TryParse(value, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
