namespace Opd.Core.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Finished tokens booked more than this many days ago are archived. 0 turns the nightly job off.</summary>
    public int Days { get; set; } = 365;

    /// <summary>Clinic time of the nightly run, when the OPD is closed.</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);
}
