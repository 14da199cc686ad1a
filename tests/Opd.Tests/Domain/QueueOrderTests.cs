using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Tests.Domain;

public sealed class QueueOrderTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 24, 3, 30, 0, TimeSpan.Zero);

    private static Token Make(int number, TokenSource source, TokenPriority priority = TokenPriority.Normal, int arrivedMinute = 0) =>
        Token.Booked(new NewToken("general_medicine", null, 1, "Patient", "9876543210", null, new DateOnly(2026, 11, 24), new TimeOnly(9, 0),
            priority, priority, source, null, null), Guid.NewGuid(), number, number, 1, 1, Actor.Patient, Nine.AddMinutes(arrivedMinute));

    [Theory]
    [InlineData(TokenSource.Online, TokenPriority.Emergency, QueueClass.Emergency)]
    [InlineData(TokenSource.Online, TokenPriority.High, QueueClass.Priority)]
    [InlineData(TokenSource.Online, TokenPriority.Low, QueueClass.Online)]
    [InlineData(TokenSource.WalkIn, TokenPriority.Normal, QueueClass.WalkIn)]
    [InlineData(TokenSource.WalkIn, TokenPriority.High, QueueClass.Priority)]
    [InlineData(TokenSource.FollowUp, TokenPriority.Normal, QueueClass.FollowUp)]
    [InlineData(TokenSource.Emergency, TokenPriority.Low, QueueClass.Emergency)]
    public void SourcesAndPriorities_MapOntoTheClasses(TokenSource source, TokenPriority priority, QueueClass expected) =>
        Assert.Equal(expected, QueueOrder.ClassOf(source, priority));

    [Fact]
    public void ClassesComeFirst_ThenArrival()
    {
        var tokens = new[]
        {
            Make(1, TokenSource.WalkIn, arrivedMinute: 0), Make(2, TokenSource.Online, arrivedMinute: 1),
            Make(3, TokenSource.Online, arrivedMinute: 2), Make(4, TokenSource.Priority, arrivedMinute: 3),
            Make(5, TokenSource.FollowUp, arrivedMinute: 4), Make(6, TokenSource.Emergency, arrivedMinute: 5),
        };
        Assert.Equal([6, 4, 5, 2, 3, 1], QueueOrder.Sort(tokens.Reverse()).Select(t => t.TokenNumber));
    }

    [Fact]
    public void Estimates_StayInsideTheSlot_ExceptForOverbookedEmergencies()
    {
        var slot = new Slot { Id = 1, DoctorId = 1, StartTime = Nine, EndTime = Nine.AddHours(1), Capacity = 2 };
        var tokens = new[]
        {
            Make(1, TokenSource.Online), Make(2, TokenSource.Emergency, arrivedMinute: 1),
            Make(3, TokenSource.Emergency, arrivedMinute: 2), Make(4, TokenSource.Emergency, arrivedMinute: 3),
        };
        var placed = Walk(tokens, slot, now: Nine.AddHours(-1), delay: 0);
        Assert.Equal([1, 2, 3], new[] { 2, 3, 4 }.Select(n => placed[n].Position));
        Assert.Equal(4, placed[1].Position);
        Assert.Equal(Nine, placed[2].Eta);
        Assert.Equal(Nine.AddMinutes(30), placed[3].Eta);
        Assert.Equal(slot.EndTime, placed[4].Eta);
        Assert.Equal(Nine.AddMinutes(30), placed[1].Eta);
    }

    /// <summary>
    /// Patients already seen hold no place: the waiting start when the doctor is free (here at once),
    /// never before the slot plus the delay. (The earlier model kept their places and told the
    /// priority patient 09:35 although the doctor was free at 09:20.)
    /// </summary>
    [Fact]
    public void SeenPatients_HoldNoPlace_AndDelayShiftsEveryone()
    {
        var slot = new Slot { Id = 1, DoctorId = 1, StartTime = Nine, EndTime = Nine.AddHours(1), Capacity = 4 };
        var placed = Walk([Make(2, TokenSource.Online, arrivedMinute: 1), Make(3, TokenSource.Priority, arrivedMinute: 2)], slot,
            now: Nine.AddMinutes(10), delay: 20);
        Assert.Equal(1, placed[3].Position);
        Assert.Equal(2, placed[2].Position);
        Assert.Equal(Nine.AddMinutes(20), placed[3].Eta);
        Assert.Equal(Nine.AddMinutes(20 + 15), placed[2].Eta);
    }

    [Fact]
    public void MeasuredConsultations_FollowThePatientInTheRoom_AndAreNotHeldInsideTheSlot()
    {
        var slot = new Slot { Id = 1, DoctorId = 1, StartTime = Nine, EndTime = Nine.AddHours(1), Capacity = 4 };
        var inRoom = Make(1, TokenSource.Online);
        inRoom.Call("Called", recall: false, Actor.System, Nine);
        var waiting = new[] { Make(2, TokenSource.Online, arrivedMinute: 1), Make(3, TokenSource.Online, arrivedMinute: 2) };
        var placed = QueueEstimate.Walk(waiting, inRoom, _ => Session.Of(slot), Nine.AddMinutes(5), 0, averageMinutes: 40)
            .ToDictionary(p => p.Token.TokenNumber);
        Assert.Equal(Nine.AddMinutes(40), placed[2].Eta);
        Assert.Equal(Nine.AddMinutes(80), placed[3].Eta);
        Assert.True(placed[3].Measured);
    }

    private static Dictionary<int, Placed> Walk(IEnumerable<Token> tokens, Slot slot, DateTimeOffset now, int delay) =>
        QueueEstimate.Walk(QueueOrder.Sort(tokens), null, _ => Session.Of(slot), now, delay, averageMinutes: null).ToDictionary(p => p.Token.TokenNumber);
}
