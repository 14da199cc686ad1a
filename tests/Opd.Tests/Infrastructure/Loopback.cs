using System.Net;
using System.Net.Sockets;

namespace Opd.Tests.Infrastructure;

/// <summary>HTTP clients that connect from a chosen loopback address (127.0.0.x), for limits per client address.</summary>
public static class Loopback
{
    public static HttpClient From(string address, string baseUrl, string? staffKey = null)
    {
        var local = IPAddress.Parse(address);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        if (staffKey is not null)
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", staffKey);
        return client;
    }
}
