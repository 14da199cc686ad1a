using Microsoft.AspNetCore.SignalR;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure;

/// <summary>The hub's arguments arrive over a socket, past <see cref="ControlTextGuard"/>: they are held to the same rule here.</summary>
public sealed class ControlTextHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var parameters = invocation.HubMethod.GetParameters();
        for (var i = 0; i < invocation.HubMethodArguments.Count && i < parameters.Length; i++)
            if (invocation.HubMethodArguments[i] is string text && ControlText.Problem(parameters[i].Name ?? "argument", text, multiLine: false) is { } problem)
                throw new HubException(problem);
        return next(invocation);
    }
}
