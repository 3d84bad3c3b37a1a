using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>
/// A stand-in Bot Connector on 127.0.0.1 speaking plain HTTP/1.1: each request is answered with the
/// next scripted status (200 with a resource id once the script is used up) and its body recorded.
/// </summary>
internal sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public ScriptedConnector(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }

        _listener.Start();
        _serving = ServeAsync();
    }

    public string ServiceUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    /// <summary>Each request's answered status and body, in order.</summary>
    public IReadOnlyList<(int Status, string Body)> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => AnswerAsync(client));
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            while (await ReadRequestAsync(stream, reader) is { } body)
            {
                var status = _script.TryDequeue(out var next) ? next : 200;
                _requests.Enqueue((status, body));
                var content = status == 200 ? """{"id":"sent-1"}""" : """{"error":{"code":"Scripted","message":"scripted failure"}}""";
                var retryAfter = status == 429 ? "Retry-After: 0\r\n" : string.Empty;
                var head = $"HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(content)}\r\n{retryAfter}\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head + content));
            }
        }
    }

    private static async Task<string?> ReadRequestAsync(NetworkStream stream, StreamReader reader)
    {
        var length = 0;
        string? line;
        var first = true;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
        {
            if (!first && line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            first = false;
        }

        if (line is null)
        {
            return null;
        }

        var buffer = new char[length];
        var read = 0;
        while (read < length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read, length - read));
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        _ = stream;
        return new string(buffer);
    }
}
