namespace Opd.Core.Common;

/// <summary>The caller is not signed in but the operation needs staff.</summary>
public sealed record UnauthorizedError(string Detail) : Error(Detail);
