using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Opd.Core.Common;
using Opd.Core.Scheduling;
using Opd.Core.Staff;
using Opd.Core.Tokens;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>Reads a JSON string into a value of the domain, refusing with the rule of its kind.</summary>
public abstract class TextConverter<T> : JsonConverter<T>
{
    protected abstract bool TryParse(string text, out T value, out string rule);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new FieldFormatException(FieldRules.ForType(typeof(string)));
        return TryParse(reader.GetString()!, out var value, out var rule) ? value : throw new FieldFormatException(rule);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value?.ToString());
}

public sealed class MobileConverter : TextConverter<IndianMobile>
{
    protected override bool TryParse(string text, out IndianMobile value, out string rule)
    {
        rule = FieldRules.Phone;
        return IndianMobile.TryParse(text, out value);
    }
}

public sealed class NameConverter : TextConverter<PersonName>
{
    protected override bool TryParse(string text, out PersonName value, out string rule) => PersonName.TryParse(text, out value, out rule);
}

/// <summary>YYYY-MM-DD only: the form every earlier client sends, and the one no one misreads.</summary>
public sealed class DateConverter : TextConverter<DateOnly>
{
    protected override bool TryParse(string text, out DateOnly value, out string rule)
    {
        rule = FieldRules.Date;
        return WireFormats.TryDate(text, out value);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

public sealed class TimeConverter : TextConverter<TimeOnly>
{
    protected override bool TryParse(string text, out TimeOnly value, out string rule)
    {
        rule = FieldRules.Time;
        return WireFormats.TryTime(text, out value);
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
}

/// <summary>The token vocabulary by its wire names, in any case ("walk_in", "WALK_IN").</summary>
public abstract class WordConverter<T>(WordConverter<T>.Parser parse) : TextConverter<T> where T : struct, Enum
{
    public delegate bool Parser(string? text, out T value);

    protected override bool TryParse(string text, out T value, out string rule)
    {
        rule = FieldRules.ForType(typeof(T));
        return parse(text, out value);
    }
}

public sealed class StatusConverter() : WordConverter<TokenStatus>(TokenText.TryParseStatus);

public sealed class PriorityConverter() : WordConverter<TokenPriority>(TokenText.TryParsePriority);

public sealed class SourceConverter() : WordConverter<TokenSource>(TokenText.TryParseSource);

/// <summary>A date-time with or without an offset; without one, the clinic's clock decides the instant.</summary>
public sealed class ClinicDateTimeConverter : TextConverter<ClinicDateTime>
{
    protected override bool TryParse(string text, out ClinicDateTime value, out string rule)
    {
        rule = FieldRules.ForType(typeof(ClinicDateTime));
        return ClinicDateTime.TryParse(text, out value);
    }
}

public sealed class WeekdayConverter : TextConverter<DayOfWeek>
{
    protected override bool TryParse(string text, out DayOfWeek value, out string rule)
    {
        rule = FieldRules.ForType(typeof(DayOfWeek));
        return Weekdays.TryParse(text, out value);
    }

    public override void Write(Utf8JsonWriter writer, DayOfWeek value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Weekdays.Name(Weekdays.Iso(value)));
}

public sealed class StaffRoleConverter : TextConverter<StaffRole>
{
    protected override bool TryParse(string text, out StaffRole value, out string rule)
    {
        rule = FieldRules.ForType(typeof(StaffRole));
        return StaffRoles.TryParse(text, out value);
    }

    public override void Write(Utf8JsonWriter writer, StaffRole value, JsonSerializerOptions options) => writer.WriteStringValue(StaffRoles.Name(value));
}
