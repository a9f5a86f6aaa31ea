using Linli.Web.Platform;
using Linli.Web.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
// Modules add themselves here, one line each: builder.AddResidents(); ...

var app = builder.Build();
if (await Commands.TryRunAsync(app, args)) return;
await app.InitializeDatabaseAsync();
app.UsePlatform();
app.MapPlatform();
// ...and map themselves here: app.MapResidents(); ...
app.AnnounceAddressOnStart();
await app.RunAsync();

/// <summary>Visible to the test host.</summary>
public partial class Program;
