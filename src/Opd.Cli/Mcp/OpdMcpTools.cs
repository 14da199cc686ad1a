using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;
using Opd.Core.Chat;
using Opd.Core.Common;

namespace Opd.Cli.Mcp;

/// <summary>
/// The OPD's tools for desktop AI assistants, over MCP. Each answers JSON: {"success", "data"} or
/// {"success": false, "error"}. The caller is a patient unless OPD_MCP_API_KEY holds a staff key.
/// </summary>
[McpServerToolType]
public sealed class OpdMcpTools(AssistantTools tools, Actor actor)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static string Out(AssistantTools.Answer answer) => JsonSerializer.Serialize(answer, Json);

    [McpServerTool(Name = "book_medical_token"), Description(
        "Book an OPD token for a department, date and time. First call with confirmed=false and show the person the summary; call again with " +
        "confirmed=true only after they say yes. Never invent a time: take it from find_available_slots.")]
    public async Task<string> BookMedicalToken(
        [Description("Patient's full name")] string patient_name,
        [Description("Indian mobile number, 10 digits")] string patient_phone,
        [Description("Age in years")] int patient_age,
        [Description("Department value from list_departments, e.g. cardiology")] string department,
        [Description("YYYY-MM-DD")] string booking_date,
        [Description("HH:MM, 24-hour, clinic time")] string booking_time,
        [Description("True only after the person confirmed the summary")] bool confirmed,
        [Description("The problem in the person's words")] string? symptoms = null,
        [Description("Optional doctor's name")] string? doctor_name = null,
        CancellationToken ct = default) =>
        Out(await tools.BookMedicalToken(patient_name, patient_phone, patient_age, department, booking_date, booking_time, symptoms, doctor_name, confirmed, actor, ct));

    [McpServerTool(Name = "check_token_status"), Description("A token's status, and on its day its place in the queue and expected call time.")]
    public async Task<string> CheckTokenStatus([Description("The token's id (UUID)")] string token_id, CancellationToken ct = default) =>
        Out(await tools.CheckTokenStatus(token_id, ct));

    [McpServerTool(Name = "cancel_token"), Description(
        "Cancel one token by its id. First call with confirmed=false and ask the person; confirmed=true only after they say yes.")]
    public async Task<string> CancelToken([Description("The token's id (UUID)")] string token_id, [Description("True only after the person confirmed")] bool confirmed,
        CancellationToken ct = default) =>
        Out(await tools.CancelToken(token_id, confirmed, actor, ct));

    [McpServerTool(Name = "my_bookings"), Description(
        "A mobile number's upcoming tokens. Call first with the phone only: a 6-digit code goes to that number by SMS and nothing is listed. " +
        "Ask the person for the code, then call again with phone and code. Five tries per code; a code lasts 10 minutes.")]
    public async Task<string> MyBookings([Description("Indian mobile number, 10 digits")] string phone,
        [Description("The 6-digit code from the SMS; leave out on the first call")] string? code = null, CancellationToken ct = default) =>
        Out(await tools.MyBookings(phone, code, actor, ct));

    [McpServerTool(Name = "list_departments"), Description("The OPD departments with their names in English, Odia and Hindi and their opening hours.")]
    public async Task<string> ListDepartments(CancellationToken ct = default) => Out(await tools.ListDepartments(ct));

    [McpServerTool(Name = "find_available_slots"), Description("Free times on a day in a department: each doctor's slots with room and the department's own token times.")]
    public async Task<string> FindAvailableSlots([Description("Department value")] string department, [Description("YYYY-MM-DD (default today)")] string? date = null,
        CancellationToken ct = default) =>
        Out(await tools.FindAvailableSlots(department, date, ct));

    [McpServerTool(Name = "get_current_serving_token"), Description("The token number a doctor is seeing now.")]
    public async Task<string> GetCurrentServingToken([Description("The doctor's name, or part of it")] string doctor_name, CancellationToken ct = default) =>
        Out(await tools.GetCurrentServingToken(doctor_name, ct));

    [McpServerTool(Name = "search_tokens"), Description("Staff only: search tokens by name (part), phone (part), department, date and status.")]
    public async Task<string> SearchTokens(string? patient_name = null, string? patient_phone = null, string? department = null,
        [Description("YYYY-MM-DD")] string? booking_date = null, string? status = null, CancellationToken ct = default) =>
        Out(await tools.SearchTokens(patient_name, patient_phone, department, booking_date, status, actor, ct));

    [McpServerTool(Name = "get_daily_tokens"), Description("Staff only: a day's tokens by time and number, optionally for one department.")]
    public async Task<string> GetDailyTokens([Description("YYYY-MM-DD")] string date, string? department = null, CancellationToken ct = default) =>
        Out(await tools.GetDailyTokens(date, department, actor, ct));

    [McpServerTool(Name = "get_booking_statistics"), Description("Staff only: totals by status and department, optionally for a date range.")]
    public async Task<string> GetBookingStatistics([Description("YYYY-MM-DD")] string? date_from = null, [Description("YYYY-MM-DD")] string? date_to = null,
        CancellationToken ct = default) =>
        Out(await tools.GetBookingStatistics(date_from, date_to, actor, ct));
}
