using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Database;

/// <summary>A few days of plausible bookings so that a new installation has something to show.</summary>
public sealed class DemoData(
    IDbContextFactory<OpdDbContext> dbFactory, BookToken.Handler book, ManageDoctors doctors, ManageSchedules schedules,
    ClinicClock clock, ILogger<DemoData> logger)
{
    private static readonly (string Name, string Code, string Department, string Specialization)[] Doctors =
    [
        ("Dr Anita Mohapatra", "DEMO-GM-1", "general_medicine", "General Physician"),
        ("Dr Rakesh Sahoo", "DEMO-PD-1", "pediatrics", "Pediatrician"),
        ("Dr Sneha Das", "DEMO-GY-1", "gynecology", "Obstetrics and Gynecology"),
    ];

    private static readonly (string Name, int Age, string Department, string Symptoms)[] Patients =
    [
        ("Sunita Nayak", 34, "general_medicine", "Fever and body ache for three days"),
        ("ରମେଶ ମହାନ୍ତି", 58, "cardiology", "Chest discomfort on climbing stairs"),
        ("Baby of Pramila Behera", 1, "pediatrics", "Cough and cold"),
        ("प्रिया शर्मा", 27, "gynecology", "Antenatal check-up"),
        ("Bikash Munda", 45, "orthopedics", "Knee pain"),
        ("Gita Patra", 39, "dental", "Toothache"),
        ("Suresh Dehury", 30, "dermatology", "Itchy rash on arms"),
        ("Manas Sahu", 52, "general_medicine", "Blood sugar review"),
        ("Laxmi Hembram", 64, "cardiology", "Blood pressure follow-up"),
        ("Arjun Naik", 8, "pediatrics", "Stomach ache"),
    ];

    public async Task AddIfEmpty(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Tokens.AnyAsync(ct))
                return;
        }
        await AddDoctors(ct);
        var booked = 0;
        var day = clock.Today.AddDays(1);
        for (var dayIndex = 0; dayIndex < 3; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday)
                continue;
            for (var i = 0; i < Patients.Length; i++)
            {
                var p = Patients[i];
                var time = new TimeOnly(9, 0).AddMinutes(15 * i + 5 * dayIndex);
                var phone = $"9{dayIndex}{i:00}{4312000 + i * 17:0000000}"[..10];
                var result = await book.Handle(new BookToken.Command(PersonName.Parse(p.Name), IndianMobile.Parse(phone), p.Age,
                    p.Department, day, time, Symptoms: p.Symptoms), Actor.System, ct);
                if (result.IsSuccess)
                    booked++;
                else
                    logger.LogWarning("Demo booking skipped: {Reason}", result.Error!.Detail);
            }
            dayIndex++;
        }
        logger.LogInformation("Added {Count} demo tokens", booked);
    }

    /// <summary>Three doctors with Monday–Saturday mornings of 30-minute slots for the next two weeks.</summary>
    private async Task AddDoctors(CancellationToken ct)
    {
        var room = 0;
        foreach (var (name, code, department, specialization) in Doctors)
        {
            var doctor = await doctors.Create(new ManageDoctors.Fields(name, code, specialization, department, true, $"{++room}"), ct);
            if (!doctor.IsSuccess)
                continue;
            var schedule = await schedules.Create(doctor.Value!.Id, new ManageSchedules.Fields(
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
                new TimeOnly(9, 0), new TimeOnly(13, 0), 30, 10, WalkInReserved: 3, WalkInReleaseMinutes: 30), ct);
            await schedules.Generate(doctor.Value.Id, schedule.Value!.Id, clock.Today, clock.Today.AddDays(13), ct);
        }
    }
}
