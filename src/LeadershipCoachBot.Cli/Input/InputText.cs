using System.Text;

namespace LeadershipCoachBot.Cli.Input;

/// <summary>Reads a whole input, from a file or from standard input (<c>-</c> or no path), as strict UTF-8.</summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static bool IsStandardInput(string? path) => path is null or "-";

    /// <summary>Name of the input for messages: the path, or "standard input".</summary>
    public static string Describe(string? path) => IsStandardInput(path) ? "standard input" : path!;

    /// <exception cref="UnusableInputException">The file is missing, a directory, unreadable or not UTF-8.</exception>
    public static async Task<string> ReadAsync(string? path, CoachTerminal terminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var bytes = IsStandardInput(path)
            ? await ReadStandardInputAsync(terminal, cancellationToken)
            : await ReadFileAsync(path!, cancellationToken);
        return Decode(bytes, Describe(path));
    }

    private static async Task<byte[]> ReadStandardInputAsync(CoachTerminal terminal, CancellationToken cancellationToken)
    {
        await using var input = terminal.OpenStandardInput();
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new UnusableInputException($"{path} is a directory; give the path of a text file.");
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnusableInputException($"{path} does not exist; check the path, or use - to read standard input.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"{path} could not be read ({e.Message}); check its permissions.");
        }
    }

    private static string Decode(byte[] bytes, string source)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(ByteOrderMark))
        {
            span = span[ByteOrderMark.Length..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new UnusableInputException($"{source} is not valid UTF-8; save it as UTF-8 text.");
        }
    }
}
