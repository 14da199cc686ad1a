using Opd.Core.Common;

namespace Opd.Cli;

internal static class Outcome
{
    /// <summary>Prints an expected error the way a person reads it and picks the matching exit code.</summary>
    public static int Fail(Error error)
    {
        Console.Error.WriteLine(error.Detail);
        return error switch
        {
            ValidationError => ExitCodes.InvalidInput,
            NotFoundError => ExitCodes.NotFound,
            ConflictError => ExitCodes.Conflict,
            _ => ExitCodes.Failed,
        };
    }
}
