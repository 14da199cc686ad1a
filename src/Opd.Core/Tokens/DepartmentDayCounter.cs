using Npgsql;

namespace Opd.Core.Tokens;

/// <summary>
/// The one statement that changes a department-day counter: a booking, a transfer into a
/// department's line and an import all take numbers and places through it.
/// </summary>
internal static class DepartmentDayCounter
{
    /// <summary>
    /// Takes @numbers new numbers (the last at least @at_least) and @places places on @department's
    /// @date; unless @exempt, only while fewer than @capacity places are held. The upsert locks the
    /// row for the rest of the statement, so the check and the number come from the latest committed
    /// count and can never be given twice. Returns the last number, or no row when the day is full.
    /// </summary>
    public const string Upsert = """
        INSERT INTO department_days (department_code, date, last_token_number, booked_count)
        SELECT @department, @date, GREATEST(@numbers, @at_least), @places WHERE @exempt OR @capacity >= @places
        ON CONFLICT (department_code, date) DO UPDATE
           SET last_token_number = GREATEST(department_days.last_token_number + @numbers, @at_least),
               booked_count = department_days.booked_count + @places
         WHERE @exempt OR department_days.booked_count < @capacity
        RETURNING last_token_number
        """;

    /// <summary>The upsert's new last number as "Value", for EF's scalar queries.</summary>
    public const string NextNumber = $"""WITH counter AS ({Upsert}) SELECT last_token_number AS "Value" FROM counter""";

    /// <summary>One number and one place for a booking; <paramref name="capacity"/> null = no limit (a transfer).</summary>
    public static NpgsqlParameter[] One(int? capacity) => Counts(numbers: 1, atLeast: 0, places: 1, capacity);

    /// <summary>Imported tokens: the numbers continue after <paramref name="last"/>, and <paramref name="places"/> count against capacity.</summary>
    public static NpgsqlParameter[] Imported(int last, int places) => Counts(numbers: 0, atLeast: last, places, capacity: null);

    /// <summary>With the department and the date, which a booking statement already carries.</summary>
    public static NpgsqlParameter[] For(string department, DateOnly date, NpgsqlParameter[] counts) =>
        [new("department", department), new("date", date), .. counts];

    private static NpgsqlParameter[] Counts(int numbers, int atLeast, int places, int? capacity) =>
        [new("numbers", numbers), new("at_least", atLeast), new("places", places), new("exempt", capacity is null), new("capacity", capacity ?? 0)];
}
