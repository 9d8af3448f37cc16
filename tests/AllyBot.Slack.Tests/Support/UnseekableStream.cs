namespace AllyBot.Slack.Tests.Support;

/// <summary>A stream of unknown length, so a request carries no Content-Length (chunked).</summary>
internal sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
}
