namespace Opd.Core.Chat;

/// <summary>
/// A booking or cancellation an assistant proposed, with its exact, already checked arguments. It is
/// kept on the server (in the chat thread, or as an MCP confirmation) and runs only when the person
/// confirms it: whatever a model says later cannot change what runs.
/// </summary>
public sealed record PendingAction(string Kind, PendingBooking? Booking = null, Guid? TokenId = null)
{
    public const string Book = "book";
    public const string Cancel = "cancel";
}

public sealed record PendingBooking(string PatientName, string PatientPhone, int PatientAge, string Department, DateOnly BookingDate, TimeOnly BookingTime,
    string? Symptoms, string? DoctorName);
