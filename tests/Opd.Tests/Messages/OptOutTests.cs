using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>A STOP is kept once however often and however concurrently it arrives, and START lifts it.</summary>
public sealed class OptOutTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task ParallelStops_LeaveOneRow_AndStartLiftsIt()
    {
        var phone = IndianMobile.Parse(Unique.Phone());
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => InScope(o => o.Stop(phone, i % 2 == 0 ? OptOuts.Sms : OptOuts.Web, CancellationToken.None))));

        await using (var db = App.Db())
            Assert.Equal(1, await db.OptOuts.CountAsync(o => o.Phone == phone.Number));
        Assert.True(await InScope(o => o.IsStopped(phone, CancellationToken.None)));
        Assert.False(await InScope(o => o.IsStopped(IndianMobile.Parse(Unique.Phone()), CancellationToken.None)));

        await InScope(o => o.Start(phone, CancellationToken.None));
        Assert.False(await InScope(o => o.IsStopped(phone, CancellationToken.None)));
        await InScope(o => o.Start(phone, CancellationToken.None));
    }

    private async Task<T> InScope<T>(Func<OptOuts, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OptOuts>());
    }

    private async Task InScope(Func<OptOuts, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<OptOuts>());
    }
}
