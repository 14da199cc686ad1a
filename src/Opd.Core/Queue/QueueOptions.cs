namespace Opd.Core.Queue;

public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>A called patient who has been called again this often and still not come is marked missed on the next recall.</summary>
    public int MaxRecalls { get; set; } = 2;

    /// <summary>Patients still waiting this long after their session (slot, or the day for department tokens) ended are marked missed. -1 turns it off.</summary>
    public int NoShowAfterSessionMinutes { get; set; } = 30;

    /// <summary>Planned minutes per patient in a department line, until the day's real consultations say otherwise.</summary>
    public int DefaultConsultationMinutes { get; set; } = 5;

    /// <summary>Consultations measured today before the ETA trusts them over the plan.</summary>
    public int MinConsultationsForEta { get; set; } = 2;

    /// <summary>How many of the latest consultations the moving average takes.</summary>
    public int AverageOfLast { get; set; } = 5;

    /// <summary>How many places a skipped patient moves back when the desk does not say.</summary>
    public int DefaultSkip { get; set; } = 3;
}
