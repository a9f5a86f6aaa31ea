using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Demo;

/// <summary>
/// 青桐社区's volunteers: 刘建国 with a free-clinic service on record, and 赵志强 and 孙丽, who helped at last month's
/// birthday party (the activities demo checked them in there), so the volunteer desk opens with their hours waiting
/// to be confirmed.
/// </summary>
public sealed class VolunteersDemo(Platform.Data.LinliDb db, ResidentDirectory residents, VolunteersService volunteers, TimeProvider clock) : IDemoContributor
{
    public int Order => 45;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong")], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        (string Name, string[] Skills)[] register = [("刘建国", ["量血压", "书法"]), ("赵志强", ["摄影", "电脑维修"]), ("孙丽", ["包饺子", "组织游戏"])];
        var ids = new Dictionary<string, int>();
        foreach (var (name, skills) in register)
            if (people.TryGetValue(name, out var resident))
                ids[name] = (await volunteers.RegisterAsync(new RegisterVolunteerRequest(resident, skills, true, ["助老", "文化"]), Staff, cancellationToken)).Id;

        var today = Platform.Localization.ChinaTime.Today(clock);
        if (ids.TryGetValue("刘建国", out var liu))
            await volunteers.RecordServiceAsync(liu, new ServiceRecordRequest("健康义诊", today.AddDays(-7), "社区卫生服务站", "协助测量血压、引导居民排队", 2m, "青桐社区居委会", "李社工"),
                Staff, cancellationToken);
    }
}
