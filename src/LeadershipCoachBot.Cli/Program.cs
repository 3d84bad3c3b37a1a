using System.CommandLine;
using LeadershipCoachBot.Cli;

var coach = CoachCommandLine.Create(CoachTerminal.Process);
return await coach.Parse(args).InvokeAsync();
