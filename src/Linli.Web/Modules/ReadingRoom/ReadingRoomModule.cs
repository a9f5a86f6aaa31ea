using Linli.Web.Platform.Jobs;
using Linli.Web.Shared.Navigation;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>The community reading room: catalogue, loans, holds, overdue reminders, reading statistics. Tables in <see cref="ReadingRoomData"/>.</summary>
public static class ReadingRoomModule
{
    public static void AddReadingRoom(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddReadingRoomPolicies();
        services.AddScoped<Platform.Figures.IFigureSource, LoanFigures>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<CatalogueImporter>();
        services.AddScoped<CirculationService>();
        services.AddSingleton(ReadingRoomApiSummaries.Table);
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Book", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Book>().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Title, ct)));
        services.AddScoped<OverdueReminders>();
        services.AddScoped<ReadingStats>();
        builder.AddPeriodicWork<OverdueReminders>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.ReadingRoomDemo>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, ReadingRoomWorkbench>();
        services.AddScoped<Platform.Workbench.IPortalNoteSource, ReadingRoomPortalNotes>();
        services.AddSingleton(new NavItem("/console/reading-room", "Nav.ReadingRoom", 35, ReadingRoomPolicies.Desk));
    }

    public static void MapReadingRoom(this WebApplication app)
    {
        app.MapReadingRoomApi();
        // The console's download: the API is bearer-only, so the page's link goes through the cookie here.
        app.MapGet("/console/reading-room/books/import-template.xlsx", CatalogueImporter.TemplateFile).RequireAuthorization(ReadingRoomPolicies.Desk).ExcludeFromDescription();
    }
}
