namespace Opd.Core.Tokens;

public enum TokenStatus { Pending, Confirmed, Completed, Cancelled, NoShow }

public enum TokenPriority { Low, Normal, High, Emergency }

/// <summary>Where a token came from: the booking channels of the OPD.</summary>
public enum TokenSource { Online, WalkIn, Priority, FollowUp, Emergency }
