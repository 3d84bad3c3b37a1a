namespace LeadershipCoachBot.LoadDriver;

/// <summary>Reads the bot's resident memory every half second while a run is measured: first, lowest, highest and last.</summary>
public sealed class MemorySampler(int? processId)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly List<long> _resident = [];

    public IReadOnlyList<long> Resident => _resident;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (processId is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (ProcessSample.Read(processId) is { } sample)
            {
                _resident.Add(sample.ResidentBytes);
            }
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
