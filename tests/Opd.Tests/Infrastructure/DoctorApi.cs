using System.Text.Json.Nodes;

namespace Opd.Tests.Infrastructure;

/// <summary>Helpers for the doctor-slot API (/api/v1), used the way its clients use it.</summary>
public static class DoctorApi
{
    private static int _code;

    public static async Task<int> NewDoctor(this HttpClient admin, string specialization = "General Medicine", string? department = null)
    {
        var body = new JsonObject
        {
            ["name"] = "Dr Raj",
            ["specialization"] = specialization,
            ["doctor_code"] = $"DOC{Interlocked.Increment(ref _code):000}-{Guid.NewGuid():N}"[..20],
        };
        if (department is not null)
            body["department"] = department;
        var reply = await admin.Send(HttpMethod.Post, "/api/v1/doctors", body.ToJsonString());
        Assert.True(reply.Status == System.Net.HttpStatusCode.OK, reply.Raw);
        return reply.Body!["id"]!.GetValue<int>();
    }

    public static async Task<int> NewSlot(this HttpClient admin, int doctorId, string start, string end, int capacity)
    {
        var reply = await admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctorId}/slots",
            new JsonObject { ["start_time"] = start, ["end_time"] = end, ["capacity"] = capacity }.ToJsonString());
        Assert.True(reply.Status == System.Net.HttpStatusCode.OK, reply.Raw);
        return reply.Body!["id"]!.GetValue<int>();
    }

    public static Task<Api.Reply> BookSlot(this HttpClient client, int doctorId, string? phone = null, string source = "ONLINE", string name = "Sanjay") =>
        client.Send(HttpMethod.Post, "/api/v1/book", new JsonObject
        {
            ["doctor_id"] = doctorId,
            ["patient_name"] = name,
            ["patient_phone"] = phone ?? Unique.Phone(),
            ["source"] = source,
        }.ToJsonString());

    public static Task<Api.Reply> Appointment(this HttpClient staff, long appointmentId, string action) =>
        staff.Send(HttpMethod.Patch, $"/api/v1/appointments/{appointmentId}/{action}", null);

    public static long AppointmentId(this Api.Reply reply) => reply.Body!["appointment_id"]!.GetValue<long>();
}
