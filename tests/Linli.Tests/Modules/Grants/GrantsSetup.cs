using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Grants;

/// <summary>Dates and arrangements the grants tests share: a district officer, and a reviewed and awarded project.</summary>
public static class GrantsSetup
{
    public static DateTime ChinaToday => DateTime.UtcNow.AddHours(8).Date;

    /// <summary>The first of the month <paramref name="back"/> months before this one (China date).</summary>
    public static DateTime MonthsAgo(int back) => new DateTime(ChinaToday.Year, ChinaToday.Month, 1).AddMonths(-back);

    public static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateTime date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static async Task<HttpClient> OfficerAsync(LinliFactory factory, HttpClient admin, int district)
    {
        var name = $"district{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(admin, name, "DistrictOfficer", district);
        return await factory.ClientForAsync(name, TestTree.Password);
    }

    /// <summary>
    /// An application of 20,000 yuan for 200 people reviewed and awarded from <paramref name="startsOn"/> for six months
    /// past today, with two budget lines and a milestone ten days in; <paramref name="indicators"/> replace the builder's.
    /// </summary>
    public static async Task<int> AwardedAsync(HttpClient district, HttpClient reviewer, TestTree tree, DateTime startsOn, object[]? indicators = null)
    {
        var organization = await APartner().CreateAsync(district, tree.District);
        var program = await AProgram().CreateAsync(district, tree.District);
        var application = AnApplication(organization, tree.CommunityA).With("requested", "20000.00").With("targetPopulation", 200)
            .With("budgetLines", new object[] { new { name = "活动物资", amount = "4000.00" }, new { name = "人员劳务", amount = "16000.00" } })
            .With("milestones", new object[] { new { name = "需求调研完成", dueOn = Day(startsOn.AddDays(10)) } });
        if (indicators is not null) application.With("indicators", indicators);
        var id = await application.CreateAsync(district, program);
        (await reviewer.PostAsJsonAsync($"/api/v1/grants/applications/{id}/reviews", new { score = 80 })).EnsureSuccessStatusCode();
        return (await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{id}/award",
            new { amount = "20000.00", startsOn = Day(startsOn), endsOn = Day(ChinaToday.AddMonths(6)) })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("projectId").GetInt32();
    }
}
