using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Opd.Bench;

/// <summary>The requests of each scenario, and the doctors and slots they need, made through the public API.</summary>
public sealed class Scenarios(HttpClient http, string adminKey)
{
    private static readonly string[] Departments =
        ["general_medicine", "cardiology", "pediatrics", "gynecology", "orthopedics", "emergency", "dental", "dermatology", "psychiatry"];

    private readonly ConcurrentBag<string> _tokenIds = [];
    private readonly List<int> _doctors = [];
    private int _hotDoctor;

    public async Task Prepare(int doctors, int days)
    {
        foreach (var department in Departments)
            Check(await Send(HttpMethod.Patch, $"/api/departments/{department}", new { daily_capacity = 1_000_000 }, staff: true));
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5.5)).AddDays(1);
        var run = Guid.NewGuid().ToString("N")[..6];
        for (var d = 0; d <= doctors; d++)
        {
            var created = await Send(HttpMethod.Post, "/api/v1/doctors",
                new { name = $"Dr Bench {d}", specialization = "General Medicine", doctor_code = $"B{run}-{d}" }, staff: true);
            var id = JsonDocument.Parse(await Check(created).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
            // The last doctor is the hot one: every booking of that scenario competes for its current
            // slot, so it gets three times the days to fill.
            await Parallel.ForEachAsync(Enumerable.Range(0, d == doctors ? 3 * days : days), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (day, ct) =>
            {
                var date = tomorrow.AddDays(day).ToString("yyyy-MM-dd");
                Check(await Send(HttpMethod.Post, $"/api/v1/doctors/{id}/slots",
                    new { start_time = $"{date}T09:00:00", end_time = $"{date}T17:00:00", capacity = 500 }, staff: true));
            });
            if (d == doctors)
                _hotDoctor = id;
            else
                _doctors.Add(id);
        }
    }

    public async Task<int> BookDepartmentToken(int worker)
    {
        var random = Random.Shared;
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5.5)).AddDays(1 + random.Next(60));
        var department = Departments[random.Next(Departments.Length)];
        if (date.DayOfWeek == DayOfWeek.Sunday)
            department = "emergency";
        var response = await Send(HttpMethod.Post, "/tokens/book", new
        {
            patient_name = "Bench Patient",
            patient_phone = Phone(),
            patient_age = 30 + random.Next(40),
            department,
            booking_date = date.ToString("yyyy-MM-dd"),
            booking_time = $"{9 + random.Next(8):00}:{random.Next(60):00}",
            symptoms = "Fever",
        });
        if (response.IsSuccessStatusCode && _tokenIds.Count < 20_000)
            _tokenIds.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token_id").GetString()!);
        return (int)response.StatusCode;
    }

    public Task<int> BookDoctorToken(int worker) => BookWith(_doctors[Random.Shared.Next(_doctors.Count)]);

    public Task<int> BookHotSlot(int worker) => BookWith(_hotDoctor);

    public async Task<int> GetToken(int worker)
    {
        var ids = _tokenIds.ToArray();
        using var response = await http.GetAsync($"/tokens/{ids[Random.Shared.Next(ids.Length)]}");
        return (int)response.StatusCode;
    }

    public async Task<int> GetQueue(int worker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/doctors/{_doctors[Random.Shared.Next(_doctors.Count)]}/queue");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    public bool HasTokens => !_tokenIds.IsEmpty;

    private async Task<int> BookWith(int doctor)
    {
        using var response = await Send(HttpMethod.Post, "/api/v1/book",
            new { doctor_id = doctor, patient_name = "Bench Patient", patient_phone = Phone(), source = "ONLINE" });
        return (int)response.StatusCode;
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, object body, bool staff = false)
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (staff)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static HttpResponseMessage Check(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? response
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");

    private static string Phone() => $"9{Random.Shared.NextInt64(0, 1_000_000_000):000000000}";
}
