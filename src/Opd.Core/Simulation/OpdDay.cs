using Opd.Core.Common;
using Opd.Core.Doctors;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Simulation;

/// <summary>
/// Plays one OPD morning through the real handlers and database: doctors with schedules, bookings
/// from all five sources (some asking for the waitlist), cancellations, no-shows, an emergency
/// into a full slot and a doctor running late, and doctors serving in queue order.
/// </summary>
public sealed class OpdDay(
    ManageDoctors doctors, ManageSchedules schedules, BookSlotToken.Handler book, ChangeTokenStatus.Handler change,
    SlotQueue queue, SimulatedClock clock, ClinicClock clinic)
{
    private static readonly string[] Departments = ["general_medicine", "pediatrics", "cardiology", "orthopedics", "dental"];

    public sealed record Setup(IReadOnlyList<int> DoctorIds, DateOnly Day);

    public async Task<Setup> Play(int doctorCount, int seed, TextWriter log, CancellationToken ct)
    {
        var random = new Random(seed);
        var day = clinic.Today;
        var run = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<int>();
        for (var i = 0; i < doctorCount; i++)
        {
            var doctor = (await doctors.Create(new ManageDoctors.Fields($"Dr Sim {i + 1}", $"SIM-{run}-{i + 1}", null, Departments[i % Departments.Length], true), ct)).Value!;
            var schedule = (await schedules.Create(doctor.Id, new ManageSchedules.Fields(Enum.GetValues<DayOfWeek>(),
                new TimeOnly(9, 0), new TimeOnly(12, 0), 60, 6, WalkInReserved: 1, WalkInReleaseMinutes: 15), ct)).Value!;
            await schedules.Generate(doctor.Id, schedule.Id, day, day, ct);
            ids.Add(doctor.Id);
        }
        log.WriteLine($"Simulating {day:yyyy-MM-dd} with {doctorCount} doctors (seed {seed}).");

        var busyUntil = ids.ToDictionary(id => id, _ => clock.Now);
        busyUntil[ids[^1]] = clinic.AtClinicTime(day.ToDateTime(new TimeOnly(9, 20)));
        var booked = new List<Guid>();
        var phone = 7_000_000_000L + random.Next(100_000_000);
        for (var minute = 0; minute <= 5 * 60; minute++)
        {
            clock.Now = clinic.AtClinicTime(day.ToDateTime(new TimeOnly(8, 0)).AddMinutes(minute));
            var local = TimeOnly.FromDateTime(clinic.InClinic(clock.Now).DateTime);

            if (local == new TimeOnly(9, 0))
                await doctors.ReportDelay(ids[^1], 20, ct);
            if (local == new TimeOnly(10, 15))
                await Book(ids[0], TokenSource.Emergency, (phone++).ToString(), false, booked, ct);
            if (local < new TimeOnly(11, 45) && random.NextDouble() < 0.45)
            {
                var source = PickSource(random, local);
                await Book(ids[random.Next(ids.Count)], source, (phone++).ToString(), source == TokenSource.Online && random.NextDouble() < 0.3, booked, ct);
            }
            if (booked.Count > 0 && random.NextDouble() < 0.03)
                await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(booked[random.Next(booked.Count)]), TokenStatus.Cancelled, "Patient cancelled"), Actor.Patient, ct);

            foreach (var id in ids.Where(id => busyUntil[id] <= clock.Now))
            {
                var view = (await queue.Handle(id, ct)).Value!;
                if (view.Slot is null || view.Slot.StartTime > clock.Now || view.Waiting.Count == 0)
                    continue;
                var next = view.Waiting[0].Token;
                var missed = random.NextDouble() < 0.1;
                await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(next.Id), missed ? TokenStatus.NoShow : TokenStatus.Completed, null), Actor.System, ct);
                busyUntil[id] = clock.Now.AddMinutes(missed ? 1 : random.Next(5, 10));
            }
        }
        return new Setup(ids, day);
    }

    private async Task Book(int doctorId, TokenSource source, string phone, bool waitlist, List<Guid> booked, CancellationToken ct)
    {
        var result = await book.Handle(new BookSlotToken.Command(doctorId, PersonName.Parse("Simulated Patient"), IndianMobile.Parse(phone), source, 30, null, waitlist),
            source == TokenSource.Online ? Actor.Patient : Actor.System, ct);
        if (result.Value is BookSlotToken.Booked done)
            booked.Add(done.Token.Id);
    }

    private static TokenSource PickSource(Random random, TimeOnly now)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.10 => TokenSource.Priority,
            < 0.22 => TokenSource.FollowUp,
            < 0.55 when now >= new TimeOnly(8, 45) => TokenSource.WalkIn,
            _ => TokenSource.Online,
        };
    }
}
