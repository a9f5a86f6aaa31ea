namespace Linli.Web.Modules.Volunteers;

/// <summary>Volunteers under Order 67: registration with consent, service records, numbered certificates anyone can check. Tables in <see cref="VolunteersData"/>.</summary>
public static class VolunteersModule
{
    public static void AddVolunteers(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddVolunteersPolicies();
        builder.Services.AddScoped<VolunteersService>();
    }

    public static void MapVolunteers(this WebApplication app) => app.MapVolunteersApi();
}
