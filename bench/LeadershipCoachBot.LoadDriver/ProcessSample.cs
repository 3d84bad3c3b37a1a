using System.Globalization;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>The bot process's CPU time, resident memory now (<c>VmRSS</c>) and at its peak (<c>VmHWM</c>), read from /proc.</summary>
public sealed record ProcessSample(TimeSpan CpuTime, long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessSample? Read(int? processId)
    {
        if (processId is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        try
        {
            // Fields after the command name (which may hold spaces) in /proc/PID/stat: utime and stime are 14th and 15th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            const double ClockTicksPerSecond = 100; // USER_HZ on Linux
            var status = File.ReadAllLines($"/proc/{pid}/status");
            return new ProcessSample(TimeSpan.FromSeconds(ticks / ClockTicksPerSecond), Kilobytes(status, "VmRSS:"), Kilobytes(status, "VmHWM:"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Kilobytes(string[] status, string field) => status
        .Where(line => line.StartsWith(field, StringComparison.Ordinal))
        .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024)
        .FirstOrDefault();
}
