using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Reports;

/// <summary>Every figure against a small day computed by hand.</summary>
public sealed class ReportTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task DayReport_MatchesTheHandComputedFigures()
    {
        // Five tokens for Tuesday 24 Nov, all booked on Monday 23 Nov at 08:00:
        // A online, seen 09:20 (slot 09:00) → waited 20 min; B walk-in, seen 09:40 → 40 min;
        // C online, cancelled; D online, no-show; E a department token, still pending.
        var doctor = await Admin.NewDoctor("Dental");
        await Admin.NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 10);
        var a = await Anonymous.BookSlot(doctor);
        var b = await Admin.BookSlot(doctor, source: "WALK_IN");
        var c = await Anonymous.BookSlot(doctor);
        var d = await Anonymous.BookSlot(doctor);
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", "2026-11-24"));
        await Admin.Appointment(c.AppointmentId(), "cancel");
        try
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 24, 9, 20);
            await Admin.Appointment(a.AppointmentId(), "serve");
            App.Clock.Now = FixedClock.Clinic(2026, 11, 24, 9, 40);
            await Admin.Appointment(b.AppointmentId(), "serve");
            await Admin.Appointment(d.AppointmentId(), "no-show");
        }
        finally
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);
        }

        var reply = await Admin.Get("/api/reports?date_from=2026-11-24&date_to=2026-11-24");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var r = reply.Body!;
        Assert.Equal(5, r["booked"]!.GetValue<int>());
        Assert.Equal(0.5, r["rates"]!["completion"]!.GetValue<double>());
        Assert.Equal(0.2, r["rates"]!["cancellation"]!.GetValue<double>());
        Assert.Equal(0.25, r["rates"]!["no_show"]!.GetValue<double>());
        Assert.Equal(0.2, r["rates"]!["walk_in_share"]!.GetValue<double>());
        Assert.Equal(0.8, r["rates"]!["online_share"]!.GetValue<double>());
        Assert.Equal(2, r["waits"]!["count"]!.GetValue<int>());
        Assert.Equal(30, r["waits"]!["average_minutes"]!.GetValue<double>());
        Assert.Equal(20, r["waits"]!["p50_minutes"]!.GetValue<double>());
        Assert.Equal(40, r["waits"]!["p90_minutes"]!.GetValue<double>());
        Assert.Equal(2, r["by_status"]!["completed"]!.GetValue<int>());
        Assert.Equal(1, r["by_status"]!["pending"]!.GetValue<int>());
        Assert.Equal(4, r["by_department"]!["dental"]!.GetValue<int>());
        Assert.Equal(1, r["by_department"]!["cardiology"]!.GetValue<int>());
        Assert.Equal(1, r["by_source"]!["walk_in"]!.GetValue<int>());
        Assert.Equal(5, r["arrivals_by_hour"]!["8"]!.GetValue<int>());
        Assert.Equal(5, r["by_day"]!["2026-11-24"]!.GetValue<int>());
        var dentalDay = r["departments"]!["dental"]!;
        Assert.Equal(4, dentalDay["booked"]!.GetValue<int>());
        Assert.Equal(0, dentalDay["waiting"]!.GetValue<int>());
        Assert.Equal(2, dentalDay["served"]!.GetValue<int>());
        Assert.Equal(0.3333, dentalDay["no_show_rate"]!.GetValue<double>());
        Assert.Equal(30, dentalDay["average_wait_minutes"]!.GetValue<double>());
        Assert.Equal(40, dentalDay["p90_wait_minutes"]!.GetValue<double>());
        Assert.Equal(1, r["departments"]!["cardiology"]!["waiting"]!.GetValue<int>());
        var trend = r["trend"]!.AsArray().Single()!;
        Assert.Equal([5, 2, 1, 1], new[] { "booked", "completed", "no_show", "cancelled" }.Select(f => trend[f]!.GetValue<int>()));

        var dental = await Admin.Get($"/api/reports?date_from=2026-11-24&date_to=2026-11-24&doctor_id={doctor}");
        Assert.Equal(4, dental.Body!["booked"]!.GetValue<int>());
        Assert.Equal(2.0 / 3, dental.Body!["rates"]!["completion"]!.GetValue<double>(), 4);
        // Two consultations in the doctor's one open hour.
        var consultations = dental.Body!["consultations"]!;
        Assert.Equal(2, consultations["consultations"]!.GetValue<int>());
        Assert.Equal(1.0, consultations["hours"]!.GetValue<double>());
        Assert.Equal(2.0, consultations["per_hour"]!.GetValue<double>());
        Assert.Single(dental.Body!["consultations_by_doctor"]!.AsObject());
    }

    [Fact]
    public async Task Wait_EndsWhenThePatientIsCalledIn()
    {
        var doctor = await Admin.NewDoctor("Dermatology");
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 4);
        await Anonymous.BookSlot(doctor);
        try
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 15);
            await Admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null);
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 30);
            await Admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/serve", null);
        }
        finally
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);
        }
        var report = await Admin.Get($"/api/reports?date_from=2026-11-23&date_to=2026-11-23&doctor_id={doctor}");
        Assert.Equal(15, report.Body!["waits"]!["p50_minutes"]!.GetValue<double>());
    }

    [Fact]
    public async Task Upcoming_ListsActiveTokensOfTheNextDaysInOrder()
    {
        // Dates other than the day report's 24 November, which shares this database.
        var (first, second) = (await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-28", "11:00")),
            await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-27", "15:00")));
        var gone = await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-27", "10:00"));
        await Anonymous.Delete($"/tokens/{gone.TokenId}");
        await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-12-10", "10:00"));

        var reply = await Admin.Get("/api/reports/upcoming?department=psychiatry");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal([second.TokenId, first.TokenId], reply.Body!.AsArray().Select(t => t!["token_id"]!.GetValue<string>()));
        Assert.Equal(3, (await Admin.Get("/api/reports/upcoming?department=psychiatry&days=30")).Body!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.Get("/api/reports/upcoming?days=0")).Status);
    }

    [Theory]
    [InlineData("/api/reports?date_to=2026-11-24", "date_from")]
    [InlineData("/api/reports?date_from=2026-11-24&date_to=2026-11-01", "date_to")]
    [InlineData("/api/reports?date_from=2026-11-24&date_to=2026-11-24&doctor_id=x", "doctor_id")]
    public async Task BadRange_IsNamed(string url, string field)
    {
        var reply = await Admin.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get("/api/reports?date_from=2026-11-24&date_to=2026-11-24")).Status);
    }
}
