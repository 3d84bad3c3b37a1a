using System.Net;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>A body sent without Content-Length, as a chunked upload would be.</summary>
internal sealed class UnknownLengthContent(byte[] body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
