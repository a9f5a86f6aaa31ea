using Linli.Web.Modules.Activities.Spaces;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Demo;

/// <summary>
/// 青桐社区's composite space as seed 000 describes one: open six days a week (closed Mondays), with a children's
/// reading corner, a parent-child area, a casework room only staff book, a group room that needs approval and a hall.
/// </summary>
public sealed class ActivitiesDemo(Platform.Data.LinliDb db, SpacesService spaces) : IDemoContributor
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var sixDays = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Monday).Select(d => new OpeningView(d, new TimeOnly(9, 0), new TimeOnly(21, 0))).ToList();
        (string Name, SpaceKind Kind, int Capacity, bool Approval, int Buffer, bool Residents)[] rooms =
        [
            ("儿童阅览角", SpaceKind.ReadingCorner, 15, false, 0, true),
            ("亲子活动区", SpaceKind.ParentChild, 20, false, 15, true),
            ("个案室", SpaceKind.CaseworkRoom, 4, false, 0, false),
            ("小组活动室", SpaceKind.GroupRoom, 25, true, 15, true),
            ("多功能厅", SpaceKind.Hall, 80, true, 30, true),
        ];
        foreach (var room in rooms)
            await spaces.CreateAsync(new NewSpace(community.Id, room.Name, room.Capacity, room.Approval, sixDays, room.Kind, room.Buffer, 240, 30, room.Residents), cancellationToken);
    }
}
