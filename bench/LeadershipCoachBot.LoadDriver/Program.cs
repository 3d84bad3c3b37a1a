using System.CommandLine;
using LeadershipCoachBot.LoadDriver;

var endpoint = new Option<string>("--endpoint") { Description = "The bot's /api/messages URL (loopback only).", DefaultValueFactory = _ => "http://127.0.0.1:3979/api/messages" };
var concurrency = new Option<int>("--concurrency") { Description = "Conversations played at once.", DefaultValueFactory = _ => 16 };
var duration = new Option<int>("--seconds") { Description = "Measured duration in seconds.", DefaultValueFactory = _ => 30 };
var warmup = new Option<int>("--warmup") { Description = "Warm-up seconds before measuring.", DefaultValueFactory = _ => 5 };
var pid = new Option<int?>("--bot-pid") { Description = "The bot's process id, to report its CPU per turn and peak memory." };
var label = new Option<string>("--label") { Description = "A name for this run in the report.", DefaultValueFactory = _ => "bot" };
var scenario = new Option<LoadScenario>("--scenario") { Description = "triage: whole triage conversations; review: draft reviews of long drafts.", DefaultValueFactory = _ => LoadScenario.Triage };
var draftChars = new Option<int>("--draft-chars") { Description = "Characters per draft in the review scenario (the bot accepts up to 20,000).", DefaultValueFactory = _ => 19_500 };

var root = new RootCommand("Plays incident-triage conversations or draft reviews against the bot and reports throughput, latency and the bot's memory.")
{
    endpoint, scenario, concurrency, duration, warmup, pid, label, draftChars,
};
root.SetAction(async (parse, cancellationToken) =>
{
    if (!Uri.TryCreate(parse.GetValue(endpoint), UriKind.Absolute, out var target) || !target.IsLoopback)
    {
        await Console.Error.WriteLineAsync("The load driver only targets loopback addresses (127.0.0.1, localhost, ::1).");
        return 2;
    }

    if (parse.GetValue(draftChars) <= 0 || parse.GetValue(concurrency) <= 0)
    {
        await Console.Error.WriteLineAsync("--concurrency and --draft-chars must be positive.");
        return 2;
    }

    var options = new LoadOptions(
        target,
        parse.GetValue(scenario),
        parse.GetValue(concurrency),
        TimeSpan.FromSeconds(parse.GetValue(duration)),
        TimeSpan.FromSeconds(parse.GetValue(warmup)),
        parse.GetValue(pid),
        parse.GetValue(label)!,
        parse.GetValue(draftChars));
    var report = await LoadRun.RunAsync(options, cancellationToken);
    Console.WriteLine(report);
    return report.Outcomes.Any(o => !o.Ok) ? 1 : 0;
});
return await root.Parse(args).InvokeAsync();
