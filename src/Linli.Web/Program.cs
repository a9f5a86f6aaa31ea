using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Assemblies;
using Linli.Web.Modules.Contests;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Disclosure;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Points;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Modules.ReadingRoom;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys;
using Linli.Web.Platform;
using Linli.Web.Platform.Hosting;

var builder = WebApplication.CreateBuilder(HostArguments.WithoutConfigWatching(args));
builder.AddPlatform();
builder.AddResidents();
builder.AddActivities();
builder.AddReadingRoom();
builder.AddPoints();
builder.AddVolunteers();
builder.AddGroups();
builder.AddSurveys();
builder.AddAssemblies();
builder.AddContests();
builder.AddDisclosure();
builder.AddDeliberation();

var app = builder.Build();
if (await Commands.TryRunAsync(app, args)) return;
await app.InitializeDatabaseAsync();
app.UsePlatform();
app.MapPlatform();
app.MapResidents();
app.MapActivities();
app.MapReadingRoom();
app.MapPoints();
app.MapVolunteers();
app.MapGroups();
app.MapSurveys();
app.MapAssemblies();
app.MapContests();
app.MapDisclosure();
app.MapDeliberation();
app.AnnounceAddressOnStart();
await app.RunAsync();

/// <summary>Visible to the test host.</summary>
public partial class Program;
