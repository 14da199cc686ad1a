using Opd.Core.Common;

namespace Opd.Core.Scheduling;

internal static class Quota
{
    public static void Check(int? reserved, int? releaseMinutes, int? capacity, FieldErrors errors)
    {
        if (reserved is < 0 || reserved > capacity)
            errors.Add("walk_in_reserved", "The places reserved for walk-ins must be between 0 and the capacity.");
        if (releaseMinutes is < 0 or > 7 * 24 * 60)
            errors.Add("walk_in_release_minutes", "The release time must be between 0 and 10080 minutes before the slot starts.");
    }
}
