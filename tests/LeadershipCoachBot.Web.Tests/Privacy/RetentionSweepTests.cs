using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Storage;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.Privacy;

/// <summary>
/// The retention sweep on Azurite: state untouched for the retention period is deleted, newer state is
/// kept, two instances sweeping at once both finish without error and the entity is gone, and it works across
/// a restart. The sweep's clock is a fake one set past the period.
/// </summary>
public sealed class RetentionSweepTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();

    public Task InitializeAsync() => _table.InitializeAsync();

    public Task DisposeAsync() => _table.DisposeAsync();

    [Fact]
    public async Task StateUntouchedForThePeriod_IsDeletedOnce_ByTwoInstancesSweepingAtOnce_AfterARestart()
    {
        await using (var before = AzuriteHosts.Create(_table.Table.Name))
        {
            var client = before.CreateClient();
            await _chat.SayAsync(client, "triage");
            await _chat.SayAsync(client, "the export job is failing for all tenants");
        }

        var eightDaysOn = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(8));
        var deleted = await Task.WhenAll(Sweep(eightDaysOn).SweepOnceAsync(default), Sweep(eightDaysOn).SweepOnceAsync(default));

        // Each sweep deletes the one expired entity or finds it gone (Azurite may let both deletes through).
        Assert.All(deleted, d => Assert.InRange(d, 0, 1));
        Assert.NotEqual(0, deleted.Sum());
        Assert.Empty(await ReadAsync());
        await using var after = AzuriteHosts.Create(_table.Table.Name);
        Assert.Contains(WhatQuestion, StateChat.Says(await _chat.SayAsync(after.CreateClient(), "triage")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateTouchedWithinThePeriod_IsKept_AndTheConversationGoesOn()
    {
        await using var host = AzuriteHosts.Create(_table.Table.Name);
        var client = host.CreateClient();
        await _chat.SayAsync(client, "triage");

        var sixDaysOn = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(6));
        var deleted = await Sweep(sixDaysOn).SweepOnceAsync(default);

        Assert.Equal(0, deleted);
        Assert.Single(await ReadAsync());
        Assert.Contains(ImpactQuestion, StateChat.Says(await _chat.SayAsync(client, SkipWord)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LessonsUntouchedForThePeriod_AreKept_WhileTheConversationStateGoes()
    {
        await using (var before = AzuriteHosts.Create(_table.Table.Name))
        {
            await _chat.SayAsync(before.CreateClient(), "lesson: rehearse the rollback before the cut-over");
        }

        var deleted = await Sweep(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(8))).SweepOnceAsync(default);

        Assert.Equal(1, deleted);
        Assert.Empty(await ReadAsync());
        await using var after = AzuriteHosts.Create(_table.Table.Name);
        Assert.Contains("rehearse the rollback", StateChat.Says(await _chat.SayAsync(after.CreateClient(), "lessons")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_RegistersTheSweep_WithSevenDaysByDefault()
    {
        await using var host = AzuriteHosts.Create(_table.Table.Name);
        _ = host.CreateClient();

        Assert.Equal(TimeSpan.FromDays(7), host.Services.GetRequiredService<IOptions<RetentionOptions>>().Value.Period);
        Assert.Contains(host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is RetentionSweep);
    }

    private RetentionSweep Sweep(TimeProvider time) => new(
        new ServiceCollection().AddSingleton(_table.Table).BuildServiceProvider(),
        Options.Create(new StorageOptions()),
        Options.Create(new RetentionOptions()),
        time,
        NullLogger<RetentionSweep>.Instance);

    private async Task<IDictionary<string, System.Text.Json.Nodes.JsonObject>> ReadAsync() =>
        await new AzureTableStorage(_table.Table, NullLogger<AzureTableStorage>.Instance).ReadAsync([_chat.StorageKey]);
}
