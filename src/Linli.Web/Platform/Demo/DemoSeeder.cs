using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Demo;

/// <summary>
/// A demo district modelled on the seeds: one street with an old-courtyard community, a
/// commodity-housing community with compounds and entrances, and a resettlement community.
/// Modules add their own demo data through <see cref="IDemoContributor"/>.
/// The accounts are listed in docs/demo.md; keep the two in step.
/// </summary>
public sealed partial class DemoSeeder(LinliDb db, UserManager<LinliUser> users, IEnumerable<IDemoContributor> modules, TimeProvider clock)
{
    public const string Password = "Linli@2026";

    private readonly Random random = new(2026);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var district = await AddAsync(null, RegionKind.District, "武侯区", "510107", null, now, cancellationToken);
        var street = await AddAsync(district, RegionKind.Street, "锦城街道", "510107001", null, now, cancellationToken);

        var qingtong = await AddAsync(street, RegionKind.Community, "青桐社区", "510107001001", null, now, cancellationToken);
        var oldCompound = await AddAsync(qingtong, RegionKind.Compound, "青桐老院", "QT01", null, now, cancellationToken);
        for (var c = 1; c <= 3; c++)
        {
            var courtyard = await AddAsync(oldCompound, RegionKind.Courtyard, $"{c}号院", $"Y{c}", null, now, cancellationToken);
            for (var b = 1; b <= 2; b++)
            {
                var building = await AddAsync(courtyard, RegionKind.Building, $"{b}栋", $"{b}", null, now, cancellationToken);
                await AddUnitsAsync(building, floors: 4, perFloor: 3, 38m, 65m, now, cancellationToken);
            }
        }

        var jinhua = await AddAsync(street, RegionKind.Community, "锦华社区", "510107001002", null, now, cancellationToken);
        foreach (var (name, code, buildings) in new[] { ("锦华苑", "JH01", 4), ("芳草园", "FC01", 3) })
        {
            var compound = await AddAsync(jinhua, RegionKind.Compound, name, code, null, now, cancellationToken);
            for (var b = 1; b <= buildings; b++)
            {
                var building = await AddAsync(compound, RegionKind.Building, $"{b}栋", $"{b}", null, now, cancellationToken);
                for (var e = 1; e <= 2; e++)
                {
                    var entrance = await AddAsync(building, RegionKind.Entrance, $"{e}单元", $"{e}", null, now, cancellationToken);
                    await AddUnitsAsync(entrance, floors: 6, perFloor: 2, 78m, 142m, now, cancellationToken);
                }
            }
        }

        var ankang = await AddAsync(street, RegionKind.Community, "安康社区", "510107001003", null, now, cancellationToken);
        var resettlement = await AddAsync(ankang, RegionKind.Compound, "安康家园一期", "AK01", null, now, cancellationToken);
        for (var b = 1; b <= 5; b++)
        {
            var building = await AddAsync(resettlement, RegionKind.Building, $"{b}栋", $"{b}", null, now, cancellationToken);
            await AddUnitsAsync(building, floors: 6, perFloor: 4, 55m, 90m, now, cancellationToken);
        }
        // Seed 002 case 9's postal and telecom staff housing, 133 households, where the owners founded their committee
        // in two assemblies; the flats' areas are invented (the seed gives none). Last, so the other compounds' figures stay.
        var staffHousing = await AddAsync(qingtong, RegionKind.Compound, "燃灯寺北街63号", "RD63", null, now, cancellationToken);
        for (var b = 1; b <= 7; b++)
        {
            var building = await AddAsync(staffHousing, RegionKind.Building, $"{b}栋", $"{b}", null, now, cancellationToken);
            await AddUnitsAsync(building, floors: 5, perFloor: 4, 45m, 90m, now, cancellationToken, topFloor: 3);
        }
        await CaseCommunitiesAsync(district, now, cancellationToken);

        await AddUserAsync("wuhou", "武侯区社治委 赵科长", Roles.DistrictOfficer, district);
        await AddUserAsync("jijinhui", "武侯社区发展基金会 项目官员 孙老师", Roles.DistrictOfficer, district);
        await AddUserAsync("pinggu", "第三方评估机构 评估员 何老师（编造）", Roles.Evaluator, district);
        await AddUserAsync("jincheng", "锦城街道 王主任", Roles.StreetOfficer, street);
        await AddUserAsync("qingtong", "青桐社区 李社工", Roles.CommunityStaff, qingtong);
        await AddUserAsync("jinhua", "锦华社区 张书记", Roles.CommunityStaff, jinhua);
        await AddUserAsync("ankang", "安康社区 刘主任", Roles.CommunityStaff, ankang);
        await AddUserAsync("shegong", "驻点社工 陈老师", Roles.SocialWorker, jinhua);
        await AddUserAsync("qtshegong", "青桐社区 社工 周老师", Roles.SocialWorker, qingtong);
        await AddUserAsync("qtzhuli", "青桐社区 助理社工 吴同学", Roles.SocialWorker, qingtong);
        await AddUserAsync("zuzhang", "垃圾分类志愿队 郑队长", Roles.GroupLeader, qingtong);

        foreach (var module in modules.OrderBy(m => m.Order))
        {
            await module.SeedAsync(cancellationToken);
            // Each module's data is saved; tracking it on would make every later save compare it all again.
            db.ChangeTracker.Clear();
        }
    }

    private async Task AddUnitsAsync(RegionNode parent, int floors, int perFloor, decimal minArea, decimal maxArea, DateTime now, CancellationToken cancellationToken,
        int? topFloor = null)
    {
        var units = new List<RegionNode>();
        for (var floor = 1; floor <= floors; floor++)
        {
            for (var n = 1; n <= (floor == floors ? topFloor ?? perFloor : perFloor); n++)
            {
                var area = decimal.Round(minArea + (decimal)random.NextDouble() * (maxArea - minArea), 2);
                units.Add(RegionNode.Create(parent, RegionKind.Unit, $"{floor}{n:00}", $"{floor}{n:00}", area, now));
            }
        }
        db.Regions.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);
        units.ForEach(u => u.AssignPath(parent));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<RegionNode> AddAsync(RegionNode? parent, RegionKind kind, string name, string code, decimal? area, DateTime now, CancellationToken cancellationToken)
    {
        var node = RegionNode.Create(parent, kind, name, code, area, now);
        db.Regions.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        node.AssignPath(parent);
        await db.SaveChangesAsync(cancellationToken);
        return node;
    }

    private async Task AddUserAsync(string userName, string displayName, string role, RegionNode region)
    {
        var user = new LinliUser { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException($"Demo user {userName}: {result.Errors.First().Description}");
        await users.AddToRoleAsync(user, role);
        db.UserRegions.Add(new UserRegion { UserId = user.Id, RegionId = region.Id });
        await db.SaveChangesAsync();
    }
}
