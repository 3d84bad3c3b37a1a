using System.Reflection;
using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Every <c>[LoggerMessage]</c> of the bot takes its id from <see cref="LogEventIds"/>, and no two events share one.</summary>
public sealed class LogEventIdTests
{
    private static readonly Assembly[] BotAssemblies =
        [typeof(LogEventIds).Assembly, typeof(CoachBot).Assembly, typeof(Program).Assembly];

    [Fact]
    public void LoggerMessages_HaveDistinctIds_AllFromTheRegistry()
    {
        var registered = typeof(LogEventIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (int)f.GetRawConstantValue()!)
            .ToHashSet();
        var used = BotAssemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();

        Assert.NotEmpty(used);
        var duplicates = used.GroupBy(x => x.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Method))}");
        Assert.Empty(duplicates);
        Assert.Empty(used.Where(x => !registered.Contains(x.Attribute!.EventId)).Select(x => x.Method));
    }

    [Fact]
    public void Registry_HasNoIdTwice()
    {
        var ids = typeof(LogEventIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
