using System.Globalization;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>The bot process's CPU time and peak resident memory, read from /proc.</summary>
public sealed record ProcessSample(TimeSpan CpuTime, long PeakResidentBytes)
{
    public static ProcessSample? Read(int? processId)
    {
        if (processId is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces) in /proc/PID/stat: utime and stime are 14th and 15th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        const double ClockTicksPerSecond = 100; // USER_HZ on Linux
        var peak = File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return new ProcessSample(TimeSpan.FromSeconds(ticks / ClockTicksPerSecond), peak);
    }
}
