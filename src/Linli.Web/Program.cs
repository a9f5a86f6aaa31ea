using Linli.Web.Modules.Residents;
using Linli.Web.Platform;
using Linli.Web.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddResidents();

var app = builder.Build();
if (await Commands.TryRunAsync(app, args)) return;
await app.InitializeDatabaseAsync();
app.UsePlatform();
app.MapPlatform();
app.MapResidents();
app.AnnounceAddressOnStart();
await app.RunAsync();

/// <summary>Visible to the test host.</summary>
public partial class Program;
