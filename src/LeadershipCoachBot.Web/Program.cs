using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Protocol;
using LeadershipCoachBot.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProtocol(builder.Configuration);
builder.Services.AddCoachConversation();
builder.Services.AddHostChecks();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapMessagesEndpoint();
await app.RunAsync();

public partial class Program;
