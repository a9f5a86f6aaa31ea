using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>What the dashboards' tests arrange alike: a street officer of the test tree's street, a check-in recorded by staff.</summary>
internal static class DashboardArrange
{
    public static async Task<HttpClient> StreetOfficerAsync(LinliFactory factory, TestTree tree)
    {
        var name = $"street{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), name, "StreetOfficer", tree.Street);
        return await factory.ClientForAsync(name, TestTree.Password);
    }

    /// <summary>Staff checking someone in after the event, from the paper sheet (a reason is needed outside the check-in window).</summary>
    public static async Task CheckInAsync(HttpClient staff, int activity, int resident) =>
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);
}
