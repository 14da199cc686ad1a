namespace Opd.Core.Common;

/// <summary>The caller is not signed in but the operation needs staff.</summary>
public sealed record UnauthorizedError(string Detail) : Error(Detail);

/// <summary>The caller is signed in but lacks the role.</summary>
public sealed record ForbiddenError(string Detail) : Error(Detail);
