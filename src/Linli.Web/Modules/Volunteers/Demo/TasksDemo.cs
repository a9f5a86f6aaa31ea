using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Volunteers.Tasks;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Demo;

/// <summary>
/// Tasks matched to what a volunteer can do (seed 002 case 5): 青桐社区's 周文华, who walks with a stick, joins the
/// volunteers with an ability note, and at the coming 国际残疾人日 activity tells his own story while 赵志强 carries and
/// 孙丽 keeps the sign-in sheet; two tasks are still short of people, so the workbench says so.
/// </summary>
public sealed class TasksDemo(Platform.Data.LinliDb db, ResidentDirectory residents, VolunteersService volunteers, VolunteerAbilities abilities,
    HelperTasksService tasks, ActivityDirectory activities, TimeProvider clock) : IDemoContributor
{
    /// <summary>After the volunteers' own demo, which registers 赵志强 and 孙丽.</summary>
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        var staff = await DemoUsers.PrincipalAsync(db, "qingtong", cancellationToken);
        if (community is null || staff is null) return;
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var registered = await db.Set<Volunteer>().Where(v => v.CommunityId == community.Id).ToDictionaryAsync(v => v.ResidentId, v => v.Id, cancellationToken);
        if (!people.TryGetValue("周文华", out var zhou) || !people.TryGetValue("赵志强", out var zhao) || !people.TryGetValue("孙丽", out var sun)
            || !registered.TryGetValue(zhao, out var carrier) || !registered.TryGetValue(sun, out var clerk)) return;
        var storyteller = (await volunteers.RegisterAsync(new RegisterVolunteerRequest(zhou, ["宣讲"], true, ["助残"]), staff, cancellationToken)).Id;
        await abilities.RecordAsync(storyteller, new AbilityRequest([nameof(BodyDemand.Standing), nameof(BodyDemand.Lifting), nameof(BodyDemand.Stairs)],
            "下肢残疾，拄拐行走；性格开朗，愿意讲自己的故事"), staff, cancellationToken);

        var day = ChinaTime.Today(clock).AddDays(5).ToDateTime(new TimeOnly(9, 30));
        var activity = await activities.CreateAsync(new NewActivity(community.Id, "国际残疾人日·助残宣传", "残疾人志愿者讲自己的故事，发放助残政策宣传单。", "中心花园",
            ChinaTime.ToUtc(day), ChinaTime.ToUtc(day.AddHours(2)), 60, ActivityStatus.Published, null, true, Category: "助残"), cancellationToken);
        await tasks.AddAsync(new HelperTaskRequest(activity.Id, "宣传单发放与解说", 2), staff, cancellationToken);
        var story = await tasks.AddAsync(new HelperTaskRequest(activity.Id, "故事宣讲", 1), staff, cancellationToken);
        var carrying = await tasks.AddAsync(new HelperTaskRequest(activity.Id, "物资搬运", 2), staff, cancellationToken);
        var signIn = await tasks.AddAsync(new HelperTaskRequest(activity.Id, "登记记录", 1), staff, cancellationToken);
        await tasks.AssignAsync(story, new AssignRequest(storyteller), staff, cancellationToken);
        await tasks.AssignAsync(carrying, new AssignRequest(carrier), staff, cancellationToken);
        await tasks.AssignAsync(signIn, new AssignRequest(clerk), staff, cancellationToken);
    }
}
