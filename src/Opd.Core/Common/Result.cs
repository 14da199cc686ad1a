namespace Opd.Core.Common;

/// <summary>An expected failure of a use case; the web host maps each kind to one HTTP status.</summary>
public abstract record Error(string Detail);

public sealed record NotFoundError(string Detail) : Error(Detail);

/// <param name="Code">A stable name for screens that explain the conflict in the patient's language ("full", "duplicate").</param>
public sealed record ConflictError(string Detail, string? Code = null) : Error(Detail)
{
    public const string Full = "full";
    public const string Duplicate = "duplicate";
}

/// <summary>The caller is not signed in but the operation needs staff.</summary>
public sealed record UnauthorizedError(string Detail) : Error(Detail);

/// <summary>The caller is known but must first do something else (prove the phone with a code).</summary>
public sealed record ForbiddenError(string Detail) : Error(Detail);

/// <summary>Asked again too soon; the next try may come after <paramref name="RetryAfterSeconds"/>.</summary>
public sealed record TooSoonError(string Detail, int RetryAfterSeconds) : Error(Detail);

public sealed record ValidationError(IReadOnlyDictionary<string, string[]> Fields)
    : Error(string.Join(" ", Fields.SelectMany(f => f.Value)))
{
    public static ValidationError For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

public readonly struct Result<T>
{
    private Result(T? value, Error? error) => (Value, Error) = (value, error);

    public T? Value { get; }
    public Error? Error { get; }
    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
