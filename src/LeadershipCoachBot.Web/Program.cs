using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Protocol;
using LeadershipCoachBot.Web;
using LeadershipCoachBot.Web.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProtocol(builder.Configuration);
builder.Services.AddCoachConversation();
builder.Services.Configure<CoachFlowOptions>(builder.Configuration.GetSection("Coach"));
builder.Services.AddAzureTableStorage(builder.Configuration);
builder.Services.AddHostChecks();
builder.Services.AddResponseHeaders();
builder.Services.AddBotTelemetry(builder.Configuration);

var app = builder.Build();
app.UseResponseHeaders();
app.MapHealthEndpoints();
app.MapMessagesEndpoint();
await app.RunAsync();

public partial class Program;
